/**
 * Control characters (a decoded `%0a`, terminal escapes, line and paragraph
 * separators) as `\u000a`, so that text from a request can neither forge a
 * line nor colour a terminal.
 *
 * @example
 * printable('/a\nforged'); // '/a\\u000aforged'
 */
export const printable = (text: string) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
