import type { OffsetMap } from '../model/index.js';

function findRun(offsets: OffsetMap, cleanOffset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]![0] <= cleanOffset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Maps an offset in the cleaned text back to the article text. Offsets inside inserted characters
 * (paragraph separators) map to the end of the preceding run. `mapCleanOffset(clean.offsets, 0)`.
 */
export function mapCleanOffset(offsets: OffsetMap, cleanOffset: number): number {
  if (!Number.isInteger(cleanOffset) || cleanOffset < 0) {
    throw new TypeError(`mapCleanOffset: expected a non-negative integer offset, got ${String(cleanOffset)}`);
  }
  const index = findRun(offsets, cleanOffset);
  if (index < 0) return offsets[0]?.[1] ?? 0;
  const [cleanStart, originalStart, length] = offsets[index]!;
  return originalStart + Math.min(cleanOffset - cleanStart, length);
}

/** Maps a [start, end) range of the cleaned text to the article text it came from. */
export function mapCleanRange(offsets: OffsetMap, start: number, end: number): [number, number] {
  if (end < start) throw new TypeError(`mapCleanRange: expected start <= end, got ${start} > ${end}`);
  if (end === start) {
    const at = mapCleanOffset(offsets, start);
    return [at, at];
  }
  const index = findRun(offsets, end - 1);
  const run = offsets[index];
  const last = run ? run[1] + Math.min(end - 1 - run[0], run[2] - 1) + 1 : 0;
  return [mapCleanOffset(offsets, start), last];
}
