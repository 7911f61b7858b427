import { createLogger } from '../../src/log/logger.js';

/** A logger writing to an array: `lines()` gives each line as written, `entries()` each parsed. */
export function memoryLogger(options: { debug?: boolean } = {}) {
  const written: string[] = [];
  const logger = createLogger({ write: (line: string) => void written.push(line) }, options);
  return {
    logger,
    lines: () => [...written],
    entries: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
