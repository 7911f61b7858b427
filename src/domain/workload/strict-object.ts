import * as z from 'zod';

/** Unknown keys an error message names before it says how many more there are. */
const KEYS_NAMED = 3;
/** A key longer than this is cut in messages: a hostile key must not make every message long. */
const KEY_CHARS = 40;

/**
 * A key as a message quotes it: JSON-quoted (no raw control characters) and cut to a few dozen characters.
 *
 * @example
 * quoteKey('throughputMbps'); // '"throughputMbps"'
 */
export function quoteKey(key: string): string {
  return JSON.stringify(key.length > KEY_CHARS ? `${key.slice(0, KEY_CHARS)}…` : key);
}

/** What follows the unknown keys in every message: the keys allowed at that level. */
export const ALLOWED_KEYS_MARK = '; allowed keys: ';

/**
 * A `z.strictObject` whose unknown-key error names the key and lists the keys
 * allowed at that level, so a typo such as `throughputMbps` tells the caller
 * what to write instead. The message stays short however many keys are unknown.
 *
 * @example
 * const Point = strictObject({ x: z.number(), y: z.number() });
 * Point.safeParse({ x: 1, z: 2 }); // issue: 'unknown key "z"; allowed keys: x, y'
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const keys = issue.keys as string[];
      const named = keys.slice(0, KEYS_NAMED).map(quoteKey).join(', ');
      const more = keys.length > KEYS_NAMED ? ` and ${keys.length - KEYS_NAMED} more` : '';
      return `unknown ${keys.length === 1 ? 'key' : 'keys'} ${named}${more}${ALLOWED_KEYS_MARK}${allowed}`;
    },
  });
}
