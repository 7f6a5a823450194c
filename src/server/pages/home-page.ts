import type { StoryHit } from '../../store/index.js';
import { renderArticleForm } from './article-form.js';
import { escapeHtml, formatStamp, renderSnippet } from './escape.js';
import { renderMessages, renderPage } from './layout.js';

export interface HomePageData {
  readonly stories: readonly StoryHit[];
  readonly total: number;
  /** The search stopped at its bounds: more stories may match. */
  readonly truncated?: boolean;
  readonly query: string;
  readonly tokenRequired: boolean;
  readonly messages?: readonly { severity: string; text: string }[];
  /** The outlets of each story listed (the front page of live stories); absent for search results. */
  readonly outlets?: ReadonlyMap<number, readonly string[]>;
}

/** The name a story goes by: its title, else its last briefing's headline, else its number. */
export function storyName(story: { id: number; title: string | null; headline: string | null }): string {
  return story.title ?? story.headline ?? `Story ${story.id}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function renderStoryItem(story: StoryHit, outlets?: readonly string[]): string {
  const count = plural(story.articles, 'article');
  const snippet = story.snippet ? `<p class="app-snippet">${renderSnippet(story.snippet)}</p>` : '';
  const fresh = story.articles - story.briefedArticles;
  const live = outlets
    ? `<div class="app-meta app-coverage"><span class="app-sources">${plural(story.sources, 'source')}</span>` +
      (outlets.length ? ` · ${escapeHtml(outlets.slice(0, 6).join(', '))}${outlets.length > 6 ? ` and ${outlets.length - 6} more` : ''}` : '') +
      (fresh > 0 ? ` · <span class="app-new">${plural(fresh, 'new article')} since the last briefing</span>` : '') +
      '</div>'
    : '';
  return (
    `<li data-story="${story.id}"><a href="/stories/${story.id}">${escapeHtml(storyName(story))}</a>${live}` +
    `<div class="app-meta">${count} · updated ${escapeHtml(formatStamp(story.updated))}</div>${snippet}</li>`
  );
}

/** The start page: a form for a new story next to the list of stories (or search results). */
export function renderHomePage(data: HomePageData): string {
  const count = `${data.total}${data.truncated ? '+' : ''}`;
  // Without a search: the live stories, those covered by the most sources and changed most recently first.
  const heading = data.query ? `Stories matching “${escapeHtml(data.query)}” (${count})` : `Live stories (${count})`;
  const empty = data.query ? '<p>No story matches. Try fewer or other words.</p>' : '<p>No stories yet: create one with the form.</p>';
  const items = data.stories.map((story) => renderStoryItem(story, data.outlets?.get(story.id)));
  const list = data.stories.length ? `<ul class="app-stories" id="stories">${items.join('')}</ul>` : empty;
  const body =
    `<main class="app-main">${renderMessages(data.messages ?? [])}<div class="app-grid">` +
    `<section class="app-card" aria-labelledby="list-heading"><h2 id="list-heading">${heading}</h2>${list}</section>` +
    '<section class="app-card" aria-labelledby="new-heading"><h2 id="new-heading">New story</h2>' +
    '<p class="app-meta">Give two or more articles about the same event: the briefing shows what they agree on, where they differ and who said what.</p>' +
    `${renderArticleForm({ action: '/stories', id: 'new-story', submit: 'Create story', withTitle: true, tokenRequired: data.tokenRequired })}</section>` +
    '</div></main>';
  return renderPage({ title: data.query ? `Search: ${data.query}` : 'Stories', body, query: data.query });
}
