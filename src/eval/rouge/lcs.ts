import { encodeTokenPair } from './encode.js';

/** Length of the longest common subsequence of two token lists (the ROUGE-L hit count). */
export function countLcs(reference: readonly string[], peer: readonly string[]): number {
  const { reference: model, peer: system } = encodeTokenPair(reference, peer);
  const n = system.length;
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let i = 1; i <= model.length; i++) {
    const token = model[i - 1];
    for (let j = 1; j <= n; j++) {
      if (token === system[j - 1]) current[j] = (previous[j - 1] as number) + 1;
      else current[j] = Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[n] as number;
}

const DIAGONAL = 1;
const UP = 2;
const LEFT = 3;

/**
 * Weighted LCS hit of ROUGE-1.5.5 (`wlcs`): the weighted dynamic program picks one LCS path,
 * then every run of consecutive *reference* positions on that path adds run^weight. The
 * reference script scores the run from the marked reference positions, not from the table value.
 */
export function weighLcs(reference: readonly string[], peer: readonly string[], weight: number): number {
  const { reference: model, peer: system } = encodeTokenPair(reference, peer);
  const m = model.length;
  const n = system.length;
  if (m === 0 || n === 0) return 0;
  const power = Float64Array.from({ length: Math.min(m, n) + 2 }, (_, k) => k ** weight);
  const width = n + 1;
  const moves = new Uint8Array((m + 1) * width);
  let previousScore = new Float64Array(width);
  let currentScore = new Float64Array(width);
  let previousRun = new Int32Array(width);
  let currentRun = new Int32Array(width);
  for (let i = 1; i <= m; i++) {
    const token = model[i - 1];
    for (let j = 1; j <= n; j++) {
      if (token === system[j - 1]) {
        const k = previousRun[j - 1] as number;
        currentScore[j] = (previousScore[j - 1] as number) + (power[k + 1] as number) - (power[k] as number);
        currentRun[j] = k + 1;
        moves[i * width + j] = DIAGONAL;
      } else if ((previousScore[j] as number) >= (currentScore[j - 1] as number)) {
        currentScore[j] = previousScore[j] as number;
        currentRun[j] = 0;
        moves[i * width + j] = UP;
      } else {
        currentScore[j] = currentScore[j - 1] as number;
        currentRun[j] = 0;
        moves[i * width + j] = LEFT;
      }
    }
    [previousScore, currentScore] = [currentScore, previousScore];
    [previousRun, currentRun] = [currentRun, previousRun];
  }
  const hit = new Uint8Array(m);
  for (let i = m, j = n; i !== 0 && j !== 0; ) {
    const move = moves[i * width + j];
    if (move === DIAGONAL) {
      i--;
      j--;
      hit[i] = 1;
    } else if (move === UP) i--;
    else j--;
  }
  let total = 0;
  let run = 0;
  for (let i = 0; i < m; i++) {
    if (hit[i] === 1) run++;
    else if (run > 0) {
      total += power[run] as number;
      run = 0;
    }
  }
  return run > 0 ? total + (power[run] as number) : total;
}
