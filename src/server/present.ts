import type { ArticleSummary, StoryHit, StoryRecord } from '../store/index.js';

const SNIPPET_MARKS = /[\u0002\u0003]/g;

/** A story as the API shows it: the stored record plus links to its resources. */
export function presentStory(story: StoryRecord | StoryHit): Record<string, unknown> {
  const snippet = 'snippet' in story ? { snippet: story.snippet === null ? null : story.snippet.replace(SNIPPET_MARKS, '') } : {};
  return {
    id: story.id,
    title: story.title,
    headline: story.headline,
    created: story.created,
    updated: story.updated,
    version: story.version,
    articleCount: story.articles,
    sources: story.sources,
    automatic: story.automatic,
    newSinceBriefing: Math.max(0, story.articles - story.briefedArticles),
    ...snippet,
    links: {
      self: `/api/stories/${story.id}`,
      articles: `/api/stories/${story.id}/articles`,
      briefing: `/api/stories/${story.id}/briefing`,
      page: `/stories/${story.id}`,
    },
  };
}

/** An article as the API shows it (no body text). */
export function presentArticle(article: ArticleSummary): Record<string, unknown> {
  return { ...article };
}
