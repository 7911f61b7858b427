/**
 * Names in a sentence, the last joined with 'and'.
 *
 * @example
 * listOf(['us-east-1', 'us-west-2', 'eu-west-1']); // 'us-east-1, us-west-2 and eu-west-1'
 */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
