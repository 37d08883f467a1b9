/** Binary search over sorted arrays, shared by the token, term and candidate indexes so rules stay linear. */

/** The first index whose key is at least `value` (the array is sorted by key); the length if none. */
export function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
