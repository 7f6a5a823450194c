import { findBackReference, readPlainWords } from '../analyze/index.js';
import type { CleanArticle, SummarySentence } from '../model/index.js';
import { capitalize } from './compress.js';
import { headlineOf } from './headline.js';

const MAX_TITLE_CHARACTERS = 120;
const QUOTATION_OPENING = /^["“'‘]/;
// A reference to what was said before or to a speaker met before; a noun naming the event ("The attack …") is fine.
const standsAlone = (text: string): boolean => {
  const reference = findBackReference(text);
  return reference === null || reference === 'event';
};

function termsOfTitle(title: string): Set<string> {
  return new Set(readPlainWords(title).filter((word) => word.length >= 3));
}

/**
 * A headline for the story: the article title that shares most words with the other titles and
 * the summary; when no article has a title, the main clause of the first summary sentence (see headlineOf).
 */
export function chooseTitle(articles: readonly CleanArticle[], summary: readonly SummarySentence[]): string {
  // A label or a warning heading a page ("Story highlights …", "Warning: Contains spoilers …") is no headline.
  const titles = articles
    .map((clean) => clean.article.title?.trim() ?? '')
    .filter((title) => title.length > 0 && !/^(?:story highlights|warning|spoilers?|editor['’]s note)\b/i.test(title));
  if (titles.length > 0) {
    const summaryTerms = termsOfTitle(summary.map((sentence) => sentence.text).join(' '));
    // Titles per term and copies per title, counted once: a title's score is then linear in its terms, not in the titles.
    const termSets = titles.map(termsOfTitle);
    const titlesWith = new Map<string, number>();
    for (const terms of termSets) for (const term of terms) titlesWith.set(term, (titlesWith.get(term) ?? 0) + 1);
    const copies = new Map<string, number>();
    for (const title of titles) copies.set(title, (copies.get(title) ?? 0) + 1);
    let best = titles[0]!;
    let bestScore = -1;
    titles.forEach((title, index) => {
      let score = 0;
      // The other titles with the term: all that have it, less this title and its identical copies.
      for (const term of termSets[index]!) score += (summaryTerms.has(term) ? 1 : 0) + titlesWith.get(term)! - copies.get(title)!;
      if (score > bestScore) {
        bestScore = score;
        best = title;
      }
    });
    return best;
  }
  // No title: the main clause of the first summary sentence that reads alone as a headline (not a quotation, not
  // pointing back with "he", "that" or "there": in the summary such a sentence leans on the one before it);
  // else the first summary sentence that has a main clause.
  const heads = summary.slice(0, 5).map((sentence) => headlineOf(sentence.text));
  const alone = heads.find((head) => head !== null && !QUOTATION_OPENING.test(head) && standsAlone(head));
  if (alone) return capitalize(alone);
  const head = heads.slice(0, 3).find((item) => item !== null);
  if (head) return capitalize(head);
  const first = summary[0]?.text ?? 'Untitled story';
  if (first.length <= MAX_TITLE_CHARACTERS) return first;
  const cut = first.slice(0, MAX_TITLE_CHARACTERS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
