import type { Token } from './wink.js';

const FUTURE_AUXILIARIES = new Set(['will', "'ll", 'shall', 'wo']);
const VERB_GROUP = new Set(['VERB', 'AUX', 'PART', 'ADV']);

// The verb nearest to the date in tokens, not across a semicolon: "On Saturday, he will hold a rally"
// finds "will"; "He said on Monday that he will go" finds "said" (one token away, against three).
function nearestVerb(tokens: readonly Token[], at: number): number | null {
  for (let distance = 1; distance <= 8; distance++) {
    for (const index of [at - distance, at + distance]) {
      const token = tokens[index];
      if (token === undefined) continue;
      if (token.value === ';') return null;
      if (token.pos === 'VERB' || token.pos === 'AUX') return index;
    }
  }
  return null;
}

/**
 * True when the verb that governs a date at `offset` is in the future tense ("will hold", "is going to
 * vote", "will be held"): a bare weekday there points forward from the publication date, not back.
 */
export function isFutureAt(tokens: readonly Token[], offset: number): boolean {
  const at = tokens.findIndex((token) => token.end > offset);
  if (at < 0) return false;
  const verb = nearestVerb(tokens, at);
  if (verb === null) return false;
  // Walk to the head of the verb group ("will be held" from "held"), then past it ("going to hold").
  let first = verb;
  while (first > 0 && VERB_GROUP.has(tokens[first - 1]!.pos)) first--;
  for (let i = first; i <= verb + 2 && i < tokens.length; i++) {
    const normal = tokens[i]!.normal;
    if (FUTURE_AUXILIARIES.has(normal)) return true;
    if (normal === 'going' && tokens[i + 1]?.normal === 'to' && i <= verb) return true;
  }
  return false;
}
