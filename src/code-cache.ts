import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Set at build time: write the code cache when the process exits. */
export const WRITE_CODE_CACHE_ENV = 'ADVISOR_WRITE_CODE_CACHE';

/**
 * Runs a CommonJS bundle with V8's code cache (`<file>.cache`, written by the
 * build after a warm-up run). Node 20 has no module compile cache, so this is
 * what v8-compile-cache does: compile through `vm.Script` with `cachedData`.
 * A missing or stale cache (another Node version) only costs the compile.
 *
 * @example
 * const { main } = runWithCodeCache('/path/dist/mcp-stdio.cjs') as { main(): Promise<void> };
 */
export function runWithCodeCache(file: string): unknown {
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (process.env[WRITE_CODE_CACHE_ENV] === '1') {
    // After the warm-up has run, the cache also holds the functions it compiled lazily.
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
