import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../package-files.js';
import { RuleDirectoryError, RuleLoadError } from '../errors.js';
import { readRegularFile } from '../read-regular-file.js';

/** A rule file larger than this is refused before it is parsed. */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;

/** One rule file as read: where it came from and its text. */
export interface RawFile {
  /** `built-in`, or the file's path inside its organisation folder. */
  source: string;
  /** The file name inside its directory. */
  file: string;
  /** Where it is, to name it in errors. */
  path: string;
  text: string;
}

/** The package's own `rules/` directory. */
export function builtInRulesDir(): string {
  return join(packageRoot(), 'rules');
}

/**
 * The `*.json` rule files directly in a directory, by name; `*.schema.json`
 * (the editors' JSON Schema) and sub-folders (such as `scenarios/`) are not rule files.
 * A file that cannot be read throws, or goes to `report` when given.
 *
 * @example
 * listRuleFiles('./company-rules', (path) => relative('./company-rules', path)).map((raw) => raw.file);
 */
export function listRuleFiles(dir: string, source: (path: string) => string, report?: (problem: RuleLoadError) => void): RawFile[] {
  const resolved = resolve(dir);
  let names: string[];
  try {
    if (!statSync(resolved).isDirectory()) throw new RuleDirectoryError(resolved, 'not a directory');
    names = readdirSync(resolved);
  } catch (error) {
    if (error instanceof RuleDirectoryError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new RuleDirectoryError(resolved, code === 'ENOENT' ? 'no such directory' : `cannot be read (${(error as Error).message})`);
  }
  return names
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .flatMap((name) => {
      const path = join(resolved, name);
      try {
        return [{ source: source(path), file: name, path, text: readRuleFile(path) }];
      } catch (error) {
        if (!report || !(error instanceof RuleLoadError)) throw error;
        report(error);
        return [];
      }
    });
}

/** One rule file as text: a regular file of at most {@link MAX_RULE_FILE_BYTES}, or a {@link RuleLoadError} saying why not. */
function readRuleFile(path: string): string {
  try {
    return readRegularFile(path, MAX_RULE_FILE_BYTES);
  } catch (error) {
    throw new RuleLoadError(path, undefined, (error as Error).message);
  }
}
