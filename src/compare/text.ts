/** Shortens a text to at most `words` words, marking the cut with an ellipsis; final punctuation dropped. */
export function clipWords(text: string, words = 24): string {
  const parts = text.trim().split(/\s+/);
  const clipped = parts.length <= words ? text.trim() : `${parts.slice(0, words).join(' ')} …`;
  return clipped.replace(/[.,;:]+$/, '');
}

/** Joins source ids for a sentence: "S1", "S1 and S2", "S1, S2 and S3". */
export function listSources(sources: readonly string[]): string {
  if (sources.length <= 1) return sources[0] ?? '';
  return `${sources.slice(0, -1).join(', ')} and ${sources[sources.length - 1]}`;
}

/** "says" or "say" for a list of sources. */
export function sayVerb(sources: readonly string[]): string {
  return sources.length === 1 ? 'says' : 'say';
}
