import type { BriefingChanges } from '../briefing-changes.js';
import type { ArticleSummary, StoryRecord } from '../../store/index.js';
import { renderArticleForm } from './article-form.js';
import { escapeHtml, formatStamp, renderUrl } from './escape.js';
import { renderMessages, renderPage } from './layout.js';
import { storyName } from './home-page.js';

/** What the live part of a story page shows: the report, or why there is none yet. */
export type BriefingView =
  | { readonly html: string; readonly changes?: BriefingChanges | null }
  | { readonly problem: string; readonly details?: readonly string[] };

const listOf = (title: string, items: readonly string[]) =>
  items.length
    ? `<h3>${escapeHtml(title)} (${items.length})</h3><ul>${items
        .slice(0, 20)
        .map((item) => `<li>${escapeHtml(item)}</li>`)
        .join('')}</ul>`
    : '';

/** "What changed since the previous briefing": the new facts, conflicts and sources. */
function renderChanges(changes: BriefingChanges): string {
  const parts = listOf('New sources', changes.sources) + listOf('New facts', changes.facts) + listOf('New conflicts', changes.conflicts);
  return (
    `<section class="app-card app-changes" id="changes"><h2>Since the previous briefing (version ${changes.previousVersion})</h2>` +
    (parts || '<p class="app-meta">No new facts, conflicts or sources.</p>') +
    '</section>'
  );
}

export interface StoryPageData {
  readonly story: StoryRecord;
  readonly articles: readonly ArticleSummary[];
  readonly briefing: BriefingView;
  readonly tokenRequired: boolean;
  readonly messages?: readonly { severity: string; text: string }[];
}

function renderArticleRows(articles: readonly ArticleSummary[]): string {
  const rows = articles.map(
    (a, i) =>
      `<tr><td>${i + 1}</td><td>${escapeHtml(a.title ?? '(untitled)')}</td><td>${escapeHtml(a.outlet ?? '')}</td>` +
      `<td>${escapeHtml(a.published?.slice(0, 10) ?? '')}</td><td>${a.url ? renderUrl(a.url) : escapeHtml(a.origin)}</td><td>${escapeHtml(formatStamp(a.added))}</td></tr>`,
  );
  return `<table class="app-articles"><thead><tr><th>#</th><th>Title</th><th>Outlet</th><th>Published</th><th>Source</th><th>Added</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The part of a story page that live updates replace: the story's counts, its articles and its briefing. */
export function renderLivePart(data: Pick<StoryPageData, 'story' | 'articles' | 'briefing'>): string {
  const { story, articles, briefing } = data;
  const count = `${story.articles} article${story.articles === 1 ? '' : 's'}`;
  const report =
    'html' in briefing
      ? (briefing.changes ? renderChanges(briefing.changes) : '') + briefing.html
      : `<div class="app-empty app-card" id="no-briefing"><h2>No briefing yet</h2><p>${escapeHtml(briefing.problem)}</p>` +
        (briefing.details?.length ? `<ul>${briefing.details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : '') +
        '</div>';
  return (
    `<div id="live" data-version="${story.version}">` +
    `<div class="app-tools"><p class="app-meta" id="story-meta">${count} · version ${story.version} · updated ${escapeHtml(formatStamp(story.updated))}</p>` +
    (articles.length
      ? `<details id="stored-articles"><summary>Articles in this story (${articles.length})</summary>${renderArticleRows(articles)}</details>`
      : '') +
    `</div>${report}</div>`
  );
}

/** A story page: name and live status, the add-articles form, then the live part (report and articles). */
export function renderStoryPage(data: StoryPageData): string {
  const { story } = data;
  const form = renderArticleForm({
    action: `/stories/${story.id}/articles`,
    id: 'add-articles',
    submit: 'Add articles',
    withTitle: false,
    tokenRequired: data.tokenRequired,
  });
  const token = data.tokenRequired ? '<input type="password" name="token" placeholder="Access token" aria-label="Access token" required>' : '';
  const remove =
    `<form method="post" action="/stories/${story.id}/delete" data-confirm="Delete this story and its articles?">${token}` +
    '<button type="submit" class="app-quiet">Delete story</button></form>';
  const body =
    `<div class="app-story-head"><h1 id="story-name">${escapeHtml(storyName(story))}</h1>` +
    '<span class="app-live" id="live-status" data-state="idle" role="status" aria-live="polite">Not live (script off)</span></div>' +
    `<div class="app-tools">${renderMessages(data.messages ?? [])}` +
    `<details id="add-panel"${story.articles === 0 ? ' open' : ''}><summary>Add articles: paste, upload or give URLs</summary><div class="app-card">${form}</div></details>` +
    `<details><summary>More</summary><p><a href="/api/stories/${story.id}/briefing?format=html">Standalone report</a> · ` +
    `<a href="/api/stories/${story.id}/briefing?format=md">Markdown</a> · <a href="/api/stories/${story.id}/briefing">JSON</a></p>${remove}</details></div>` +
    `<main>${renderLivePart(data)}</main>`;
  return renderPage({ title: storyName(story), body, report: true, bodyAttributes: `data-story="${story.id}" data-version="${story.version}"` });
}
