import { findFurniture } from './furniture-patterns.js';
import { findReference } from './reference-openers.js';

/** Why a title does not read as a headline, or null when it does. */
export type TitleDefect = 'furniture' | 'truncated' | 'too-long' | 'reference' | 'label' | 'fragment' | 'empty';

const MAX_HEADLINE_WORDS = 20;

/** Judges a story title as a reader would: a headline is short, whole, about the news, and not page furniture. */
export function checkTitle(title: string): TitleDefect | null {
  const text = title.trim();
  if (text === '' || /^untitled\b/i.test(text)) return 'empty';
  if (findFurniture(text)) return 'furniture';
  if (/(?:…|\.\.\.)$/.test(text)) return 'truncated';
  if (text.split(/\s+/).length > MAX_HEADLINE_WORDS) return 'too-long';
  if (/:$/.test(text)) return 'label';
  if (/^["“'‘(]?\p{Ll}/u.test(text) && !/^(?:e|i)[A-Z]/.test(text)) return 'fragment';
  const reference = findReference(text);
  if (reference && reference.kind !== 'event-noun' && reference.kind !== 'speaker-pronoun') return 'reference';
  return null;
}
