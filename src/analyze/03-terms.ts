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

function hasLetterOrDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return true;
    if (code > 127) return /[\p{L}\p{N}]/u.test(value);
  }
  return false;
}

/** Lower-cased word tokens of a sentence, punctuation dropped; dotted abbreviations keep their dots. */
export function wordsOf(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) if (WORDLIKE.has(token.type) || hasLetterOrDigit(token.value)) words.push(token.normal);
  return words;
}

// The term of a word token, by its value (with the normal form it was computed from: a contraction's parts keep
// the value and change the normal form). Bounded: the same few thousand words recur in every story.
const termMemo = new Map<string, { readonly normal: string; readonly term: string | null }>();
const TERM_MEMO_LIMIT = 100_000;

function termOfToken(token: Token): string | null {
  const normal = token.normal.includes('.') ? token.normal.replace(/\./g, '') : token.normal;
  if (normal.length < 2 || EXTRA_STOPWORDS.has(normal) || !/\p{L}/u.test(normal)) return null;
  const stem = stemToken(token.value);
  return stem.includes('.') ? stem.replace(/\./g, '') : stem;
}

/** Content terms: stems of words that are not stopwords, numbers kept as written. */
export function termsOf(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    if (token.type === 'number') {
      terms.push(token.normal.includes(',') ? token.normal.replace(/,/g, '') : token.normal);
      continue;
    }
    if (token.type !== 'word' || token.stop) continue;
    const known = termMemo.get(token.value);
    let term: string | null;
    if (known !== undefined && known.normal === token.normal) term = known.term;
    else {
      term = termOfToken(token);
      if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
      termMemo.set(token.value, { normal: token.normal, term });
    }
    if (term !== null) terms.push(term);
  }
  return terms;
}
