/**
 * Sorts keys as `order` lists them (e.g. a definition's option order, or low, middle, high); keys it does not list
 * follow, alphabetically. Shared by the subgroup and baseline tables of linkWaves. Sorts `entries` in place.
 *
 * Cost: O(n log n · |order|).
 *
 * @example
 * inGivenOrder([["high", 1], ["low", 2], ["other", 3]], ["low", "middle", "high"]); // low, high, other
 */
export function inGivenOrder<T>(entries: [string, T][], order: readonly string[] = []): [string, T][] {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return entries.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
