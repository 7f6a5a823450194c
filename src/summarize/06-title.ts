import { readPlainWords } from '../analyze/index.js';
import type { CleanArticle, SummarySentence } from '../model/index.js';

const MAX_TITLE_CHARACTERS = 120;

function termsOfTitle(title: string): Set<string> {
  return new Set(readPlainWords(title).filter((word) => word.length >= 3));
}

/**
 * A headline for the story: the article title that shares most words with the other titles and
 * the summary; the first summary sentence when no article has a title.
 */
export function chooseTitle(articles: readonly CleanArticle[], summary: readonly SummarySentence[]): string {
  const titles = articles.map((clean) => clean.article.title?.trim() ?? '').filter((title) => title.length > 0);
  if (titles.length > 0) {
    const summaryTerms = termsOfTitle(summary.map((sentence) => sentence.text).join(' '));
    let best = titles[0]!;
    let bestScore = -1;
    for (const title of titles) {
      const terms = termsOfTitle(title);
      let score = 0;
      for (const term of terms) {
        if (summaryTerms.has(term)) score += 1;
        for (const other of titles) if (other !== title && termsOfTitle(other).has(term)) score += 1;
      }
      if (score > bestScore) {
        bestScore = score;
        best = title;
      }
    }
    return best;
  }
  const first = summary[0]?.text ?? 'Untitled story';
  if (first.length <= MAX_TITLE_CHARACTERS) return first;
  const cut = first.slice(0, MAX_TITLE_CHARACTERS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
