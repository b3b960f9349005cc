/**
 * The largest of `values`, or `floor` when there is none or all are smaller. A loop:
 * `Math.max(...values)` passes every value as an argument, and about 100 000 of them
 * overflow the stack (a table or PDF of 100 000 agreements).
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
