/**
 * Arrays that may be as long as a file makes them. Spreading one into a call (`Math.max(...values)`,
 * `list.push(...more)`) puts every element on the stack, and a few hundred thousand overflow it: a log
 * with one decision of 150,000 options did that to the saved-logs screen. The linter forbids spread
 * arguments in src/ and tools/ (eslint.config.js); these loop instead.
 */

/** The largest of `values`, or `floor` when there are none (or all are smaller). */
export function maxOf(values: Iterable<number>, floor: number): number {
  let most = floor;
  for (const value of values) if (value > most) most = value;
  return most;
}

/** Add every item of `items` to the end of `list`, in order. */
export function appendAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
