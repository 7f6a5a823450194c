// compromise's full tagger, for measurement only (the accuracy test compares our entities with it).
import nlp from 'compromise';

/** A named span found by compromise's full tagger, offsets into the text given. */
export interface CompromiseSpan {
  readonly start: number;
  readonly end: number;
  readonly type: 'person' | 'organization' | 'place';
}

/**
 * Runs compromise's full tagger (about 0.1 MB/s: far slower than the lexicon look-ups) and returns its
 * people, organizations and places with trailing punctuation trimmed. Used for measurement only.
 */
export function tagNamedSpans(text: string): CompromiseSpan[] {
  const doc = nlp(text);
  const spans: CompromiseSpan[] = [];
  const selections = [
    ['person', doc.people()],
    ['organization', doc.organizations()],
    ['place', doc.places()],
  ] as const;
  for (const [type, view] of selections) {
    for (const match of view.json({ offset: true, text: true }) as { offset: { start: number; length: number } }[]) {
      let start = match.offset.start;
      let end = start + match.offset.length;
      while (end > start && /[\s.,;:!?"'”’)]/.test(text[end - 1]!) && !/\.[A-Z]\.$/.test(text.slice(start, end))) end--;
      while (start < end && /[\s"'“‘(]/.test(text[start]!)) start++;
      if (end > start) spans.push({ start, end, type });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
