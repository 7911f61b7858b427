import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { readConfig } from '../../config.js';
import { readScenarios, SCENARIOS_FOLDER, type ScenarioFile } from '../../domain/scenarios/scenario.js';
import { InputError, UsageError } from '../command.js';

/**
 * The organisation's rule folders a `rules` subcommand works on: the folder
 * it was given, else `ADVISOR_RULES_DIR` (one or more folders), else the
 * current directory, unless that is a project (a `package.json`, whose JSON
 * files are no rules): then a {@link UsageError} asks for the folder.
 *
 * @example
 * ruleDirs(['examples/company-rules'], USAGE); // ['examples/company-rules']
 * ruleDirs([], USAGE); // $ADVISOR_RULES_DIR split on the path delimiter, or ['.']
 */
export function ruleDirs(positionals: readonly string[], usage: string): string[] {
  if (positionals.length > 0) return [positionals[0]];
  const configured = readConfig(process.env).ADVISOR_RULES_DIR;
  if (configured.length > 0) return configured;
  if (existsSync('package.json')) {
    throw new UsageError(
      'no rule folder given, and the current directory is a project (it has a package.json), not a rule folder: name the folder, such as company-rules, or set ADVISOR_RULES_DIR',
      usage,
    );
  }
  return ['.'];
}

/**
 * A path as the user reads it: relative to where they run the command when it is below it, else as it is.
 *
 * @example
 * shown(`${process.cwd()}/company-rules/streaming.json`); // 'company-rules/streaming.json'
 */
export function shown(path: string): string {
  const below = relative(process.cwd(), path);
  return below === '' ? '.' : below.startsWith('..') || isAbsolute(below) ? path : below;
}

/**
 * Every scenario kept in `scenarios/` beside the rules of the folders, in
 * folder then name order; no scenario at all is bad input (exit 1): a test
 * run that checks nothing must not pass.
 *
 * @example
 * folderScenarios(['examples/company-rules']).length; // 5
 */
export function folderScenarios(dirs: readonly string[]): ScenarioFile[] {
  const folders = dirs.map((dir) => join(dir, SCENARIOS_FOLDER));
  const scenarios = folders.filter((folder) => existsSync(folder)).flatMap((folder) => readScenarios(folder));
  if (scenarios.length === 0) {
    throw new InputError(`no scenarios to run: put scenario files (*.json, the format of tests/scenarios/) in ${folders.join(' or ')}`);
  }
  return scenarios;
}
