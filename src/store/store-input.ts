import type { AnalysisToKeep, NewArticle } from './types.js';

/** A story title as stored: spaces collapsed and trimmed; null when absent or blank. Throws a TypeError for a non-string. */
export function cleanTitle(title: string | null | undefined): string | null {
  if (title === null || title === undefined) return null;
  if (typeof title !== 'string') throw new TypeError(`store: expected a story title string or null, got ${typeof title}`);
  const trimmed = title.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/** Throws a TypeError unless `article` has string text, format and origin (for Array#forEach). */
export function checkNewArticle(article: NewArticle, index: number): void {
  if (!article || typeof article.text !== 'string' || typeof article.format !== 'string' || typeof article.origin !== 'string') {
    throw new TypeError(`addArticles: article ${index} needs string text, format and origin`);
  }
}

/** Throws a TypeError unless `kept` names an article by integer id, an analyzer and an ArticleAnalysis (for Array#forEach). */
export function checkAnalysis(kept: AnalysisToKeep, index: number): void {
  if (!kept || !Number.isInteger(kept.article) || typeof kept.analyzer !== 'string' || !kept.analysis?.clean) {
    throw new TypeError(`putAnalyses: analysis ${index} needs an integer article id, an analyzer string and an ArticleAnalysis`);
  }
}
