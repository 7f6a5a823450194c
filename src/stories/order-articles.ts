import type { StoryArticle } from '../model/index.js';

/** Articles in the order a stream would have brought them, and how that order was chosen. */
export interface ArticleOrder {
  readonly articles: readonly StoryArticle[];
  /** "published" (by publication time), "mixed" (dated ones by time, undated ones after the article before them) or "input". */
  readonly by: 'published' | 'mixed' | 'input';
  /** One line for a report: "by publication date (3 undated articles kept after the article before them)". */
  readonly note: string;
}

/**
 * Replays a pile of articles as a stream: by publication time when articles have one (ties keep the input order),
 * an undated article right after the article before it in the input; in input order when none is dated.
 */
export function orderArticles(articles: readonly StoryArticle[]): ArticleOrder {
  if (!Array.isArray(articles)) throw new TypeError(`orderArticles: expected an array of StoryArticle, got ${typeof articles}`);
  let previous = Number.NEGATIVE_INFINITY;
  let undated = 0;
  const keyed = articles.map((article, index) => {
    const time = article.published ? Date.parse(article.published) : Number.NaN;
    if (Number.isNaN(time)) undated += 1;
    else previous = time;
    return { article, index, time: previous };
  });
  if (undated === articles.length) return { articles: [...articles], by: 'input', note: 'input order (no article has a publication date)' };
  keyed.sort((a, b) => a.time - b.time || a.index - b.index);
  const ordered = keyed.map((entry) => entry.article);
  if (undated === 0) return { articles: ordered, by: 'published', note: 'by publication date' };
  return {
    articles: ordered,
    by: 'mixed',
    note: `by publication date (${undated} undated article${undated === 1 ? '' : 's'} kept after the article before them)`,
  };
}
