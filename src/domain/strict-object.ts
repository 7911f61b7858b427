import * as z from 'zod';

/**
 * A `z.strictObject` whose unknown-key error names the key and lists the keys
 * allowed at that level, so a typo such as `throughputMbps` tells the caller
 * what to write instead.
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
      const keys = (issue.keys as string[]).map((key) => JSON.stringify(key)).join(', ');
      const noun = issue.keys.length === 1 ? 'key' : 'keys';
      return `unknown ${noun} ${keys}; allowed keys: ${allowed}`;
    },
  });
}
