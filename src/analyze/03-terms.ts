import { stemToken, type Token } from './wink.js';

const WORDLIKE = new Set(['word', 'number', 'hashtag', 'currency', 'ordinal']);
// Reporting verbs and function words carry no content for comparing sentences across sources.
const EXTRA_STOPWORDS = new Set([
  'said',
  'say',
  'says',
  'told',
  'tell',
  'also',
  'would',
  'could',
  'one',
  'like',
  'get',
  'just',
  'us',
  'mr',
  'ms',
  'mrs',
  'according',
]);

/** Lower-cased word tokens of a sentence, punctuation dropped; dotted abbreviations keep their dots. */
export function wordsOf(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) if (WORDLIKE.has(token.type) || /[\p{L}\p{N}]/u.test(token.value)) words.push(token.normal);
  return words;
}

/** Content terms: stems of words that are not stopwords, numbers kept as written. */
export function termsOf(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    if (token.type === 'number') {
      terms.push(token.normal.replace(/,/g, ''));
      continue;
    }
    if (token.type !== 'word' || token.stop) continue;
    const normal = token.normal.replace(/\./g, '');
    if (normal.length < 2 || EXTRA_STOPWORDS.has(normal) || !/\p{L}/u.test(normal)) continue;
    terms.push(stemToken(token.value).replace(/\./g, ''));
  }
  return terms;
}
