import type { Article, ArticleAnalysis, Diagnostic, StoryArticle } from '../model/index.js';
import { analyzeHeadline } from '../analyze/index.js';
import { analysisFits, analyzeArticle } from './02-prepare.js';

/** An ingested article made ready for the stories stage, with what was made of it on the way. */
export interface PreparedStoryArticle {
  readonly article: StoryArticle;
  /** Its cleaned text and analysis (keep it to brief the story later without analyzing again); null for a headline only. */
  readonly analysis: ArticleAnalysis | null;
  /** What clean and analyze reported about it. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Cleans and analyzes an ingested article (or reuses `kept`, an analysis made from the same text) and analyzes its
 * title, for `assignArticles`. `id` is the article's stable id in the stream (a record's id, a store's id); an
 * article with a title and no text (a headline-only record) is compared by its title alone.
 */
export function prepareStoryArticle(article: Article, id: string, kept?: ArticleAnalysis | null): PreparedStoryArticle {
  const analysis = article.text.trim() === '' ? null : kept && analysisFits(kept, article) ? kept : analyzeArticle(article);
  const headline = article.title && article.title.trim() !== '' ? analyzeHeadline(article.title, article.id, article.published) : null;
  return {
    article: { id, title: article.title, outlet: article.outlet, published: article.published, headline, body: analysis?.doc ?? null },
    analysis,
    diagnostics: analysis?.diagnostics ?? [],
  };
}
