/** Sparse feature vectors as maps from feature key to weight: the arithmetic the stories stage needs, allocation-light. */
export type Vector = ReadonlyMap<string, number>;

/** Dot product, looking up the shorter side's keys in the longer. */
export function dot(a: Vector, b: Vector): number {
  return a.size <= b.size ? dotOf(a, b) : dotOf(b, a);
}

// Keys and then values, not entries: iterating a Map's entries allocates a pair per entry (the most of this
// stage's garbage), its keys allocate nothing; the sum runs in the same order, so it has the same bits.
function dotOf(small: Vector, large: Vector): number {
  let sum = 0;
  for (const key of small.keys()) {
    const other = large.get(key);
    if (other !== undefined) sum += small.get(key)! * other;
  }
  return sum;
}

/** Squared length, summed in the vector's order (the order the state keeps, so a resumed stream gets the same bits). */
export function squaredLengthOf(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return sum;
}

/**
 * The effective number of features of a unit vector, 1 / Σ w⁴: n for n equal weights, less when a few dominate.
 * What a vector brings as evidence (a headline ~5, a long article 30 or more).
 */
export function effectiveFeaturesOf(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight ** 4;
  return sum > 0 ? 1 / sum : 0;
}

/** Heaviest first; ties by key, so every order is deterministic. */
export function byWeight(a: readonly [string, number], b: readonly [string, number]): number {
  // -1, 0 or 1 (small integers: a difference of weights would be a boxed number to allocate at each comparison).
  return a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** The k-th largest of `values` (1-based; k ≤ length), by quickselect on a scratch copy: linear time, no sort. */
export function kthLargest(values: Float64Array, k: number): number {
  return kthLargestInPlace(values.slice(), k);
}

/** `kthLargest` of the first `length` values of `scratch`, reordering them (for an array made for the purpose). */
export function kthLargestInPlace(scratch: Float64Array, k: number, length = scratch.length): number {
  let low = 0;
  let high = length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = scratch[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (scratch[i]! > pivot) i++;
      while (scratch[j]! < pivot) j--;
      if (i <= j) {
        const swap = scratch[i]!;
        scratch[i] = scratch[j]!;
        scratch[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return scratch[target]!;
}

// One scratch array for the quickselects of this module, grown when needed: a typed array made per call costs more
// than the selection on it. Only ever used within one call, never held.
let scratch = new Float64Array(256);

/** A scratch array of at least `size` values (its contents are garbage). */
export function scratchOf(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/** Deletes all but the `limit` heaviest entries (ties by key) of a map, in place: the rest keep their order. */
export function keepHeaviestInPlace(vector: Map<string, number>, limit: number): void {
  if (vector.size <= limit) return;
  const weights = scratchOf(vector.size);
  let n = 0;
  for (const weight of vector.values()) weights[n++] = weight;
  const cut = kthLargestInPlace(weights, limit, n);
  let above = 0;
  const tied: string[] = [];
  for (const key of vector.keys()) {
    const weight = vector.get(key)!;
    if (weight > cut) above += 1;
    else if (weight === cut) tied.push(key);
    else vector.delete(key);
  }
  if (above + tied.length <= limit) return;
  tied.sort();
  for (let i = limit - above; i < tied.length; i++) vector.delete(tied[i]!);
}

/**
 * The keys of the `limit` heaviest entries (ties by key), in the map's order: what to keep of a centroid, or to
 * index it under. Linear time: the limit-th weight is found by quickselect and only ties are sorted.
 */
export function heaviestKeys(vector: Vector, limit: number): Set<string> {
  if (vector.size <= limit) return new Set(vector.keys());
  const weights = scratchOf(vector.size);
  let n = 0;
  for (const weight of vector.values()) weights[n++] = weight;
  const cut = kthLargestInPlace(weights, limit, n);
  const kept = new Set<string>();
  const tied: string[] = [];
  for (const key of vector.keys()) {
    const weight = vector.get(key)!;
    if (weight > cut) kept.add(key);
    else if (weight === cut) tied.push(key);
  }
  tied.sort();
  for (let i = 0; kept.size < limit && i < tied.length; i++) kept.add(tied[i]!);
  return kept;
}

/** The first `limit` entries of a heaviest-first list, scaled to unit length. */
export function unitOf(entries: readonly (readonly [string, number])[], limit: number): Map<string, number> {
  const count = Math.min(limit, entries.length);
  let sum = 0;
  for (let i = 0; i < count; i++) sum += entries[i]![1] ** 2;
  const norm = Math.sqrt(sum);
  const unit = new Map<string, number>();
  for (let i = 0; i < count; i++) unit.set(entries[i]![0], norm > 0 ? entries[i]![1] / norm : 0);
  return unit;
}
