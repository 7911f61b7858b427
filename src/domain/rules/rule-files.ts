import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../package-files.js';
import { RuleDirectoryError, RuleLoadError } from '../errors.js';

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

/**
 * Reads one rule file, refusing what is not a regular file (a FIFO, a device
 * such as /dev/zero) or is larger than {@link MAX_RULE_FILE_BYTES}, before
 * reading a byte of it. The size is checked on the open file, so a file
 * swapped after the check cannot grow the read.
 */
function readRuleFile(path: string): string {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not hang start-up.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new RuleLoadError(path, undefined, 'not a regular file');
    if (stats.size > MAX_RULE_FILE_BYTES) throw new RuleLoadError(path, undefined, `the file is larger than ${MAX_RULE_FILE_BYTES} bytes`);
    const buffer = Buffer.alloc(MAX_RULE_FILE_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_RULE_FILE_BYTES) throw new RuleLoadError(path, undefined, `the file is larger than ${MAX_RULE_FILE_BYTES} bytes`);
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof RuleLoadError) throw error;
    throw new RuleLoadError(path, undefined, `cannot read the file (${(error as Error).message})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
