/**
 * Compiles generated source into a function of one parameter and calls it
 * with `argument`, returning what it returns; undefined where the process
 * disallows code generation from strings
 * (`node --disallow-code-generation-from-strings`), so the caller can fall
 * back to code that needs none.
 *
 * @example
 * runGeneratedSource<(x: number) => number>('bound', 'return (x) => x + bound;', 1)?.(2); // 3
 */
export function runGeneratedSource<T>(parameter: string, source: string, argument: unknown): T | undefined {
  try {
    return new Function(parameter, source)(argument) as T;
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}
