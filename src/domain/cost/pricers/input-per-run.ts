/** How far an assumed input per run may be off, either way: the sizing-guess's "more than twofold", taken as fourfold. */
const INPUT_PER_RUN_SPREAD = 4;

/**
 * The cheap and dear ends of an input per run the sizing assumed (its 100 GB
 * default, or less when less is stored).
 *
 * @example
 * inputPerRunRange(100); // { cheap: 25, dear: 400 }
 */
export function inputPerRunRange(assumedGB: number): { cheap: number; dear: number } {
  return { cheap: assumedGB / INPUT_PER_RUN_SPREAD, dear: assumedGB * INPUT_PER_RUN_SPREAD };
}
