/**
 * True when JSON text nests deeper than `max` arrays or objects. A linear
 * scan that never parses, so a hostile input of a million brackets costs one
 * pass instead of a parser's (or a validator's) stack.
 *
 * @example
 * exceedsDepth('[[[]]]', 2); // true
 * exceedsDepth('{"a":"[[["}', 1); // false: brackets inside strings do not count
 */
export function exceedsDepth(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
  }
  return false;
}
