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
}

/** The name a story goes by: its title, else its last briefing's headline, else its number. */
export function storyName(story: { id: number; title: string | null; headline: string | null }): string {
  return story.title ?? story.headline ?? `Story ${story.id}`;
}

function renderStoryItem(story: StoryHit): string {
  const count = `${story.articles} article${story.articles === 1 ? '' : 's'}`;
  const snippet = story.snippet ? `<p class="app-snippet">${renderSnippet(story.snippet)}</p>` : '';
  return (
    `<li><a href="/stories/${story.id}">${escapeHtml(storyName(story))}</a>` +
    `<div class="app-meta">${count} · updated ${escapeHtml(formatStamp(story.updated))}</div>${snippet}</li>`
  );
}

/** The start page: a form for a new story next to the list of stories (or search results). */
export function renderHomePage(data: HomePageData): string {
  const count = `${data.total}${data.truncated ? '+' : ''}`;
  const heading = data.query ? `Stories matching “${escapeHtml(data.query)}” (${count})` : `Stories (${count})`;
  const empty = data.query ? '<p>No story matches. Try fewer or other words.</p>' : '<p>No stories yet: create one with the form.</p>';
  const list = data.stories.length ? `<ul class="app-stories" id="stories">${data.stories.map(renderStoryItem).join('')}</ul>` : empty;
  const body =
    `<main class="app-main">${renderMessages(data.messages ?? [])}<div class="app-grid">` +
    `<section class="app-card" aria-labelledby="list-heading"><h2 id="list-heading">${heading}</h2>${list}</section>` +
    '<section class="app-card" aria-labelledby="new-heading"><h2 id="new-heading">New story</h2>' +
    '<p class="app-meta">Give two or more articles about the same event: the briefing shows what they agree on, where they differ and who said what.</p>' +
    `${renderArticleForm({ action: '/stories', id: 'new-story', submit: 'Create story', withTitle: true, tokenRequired: data.tokenRequired })}</section>` +
    '</div></main>';
  return renderPage({ title: data.query ? `Search: ${data.query}` : 'Stories', body, query: data.query });
}
