import type { Briefing, BriefingSource, Evidence, SourceId } from '../../model/index.js';
import { escapeHtml, toIdToken, truncateText } from './escape.js';
import type { ResolvedHtmlOptions } from './options.js';
import { indexPassages, type PassageIndex } from './passages.js';

/** What every section renderer needs: the briefing, options, source labels and the passage index. */
export interface RenderContext {
  readonly briefing: Briefing;
  readonly options: ResolvedHtmlOptions;
  readonly passages: PassageIndex;
  /** "1" for the first source; the id itself for an id not in the source list. */
  readonly numberOf: (id: SourceId) => string;
  /** Short name of a source: outlet, host name, title or "Source 1". */
  readonly labelOf: (id: SourceId) => string;
  readonly sourceOf: (id: SourceId) => BriefingSource | undefined;
  /** 0-based position in the source list (unknown ids last), for ordering citations. */
  readonly orderOf: (id: SourceId) => number;
}

/** Builds the render context (passage ids are assigned here). */
export function createRenderContext(briefing: Briefing, options: ResolvedHtmlOptions): RenderContext {
  const byId = new Map<SourceId, { source: BriefingSource; number: number }>();
  briefing.sources.forEach((source, index) => {
    if (!byId.has(source.id)) byId.set(source.id, { source, number: index + 1 });
  });
  const numberOf = (id: SourceId): string => String(byId.get(id)?.number ?? id);
  const labelOf = (id: SourceId): string => {
    const entry = byId.get(id);
    return entry ? describeSource(entry.source, entry.number) : String(id);
  };
  const passages = indexPassages(briefing, options.sourceTexts, (id) => `[${numberOf(id)}] ${labelOf(id)}`);
  const orderOf = (id: SourceId): number => byId.get(id)?.number ?? Number.MAX_SAFE_INTEGER;
  return { briefing, options, passages, numberOf, labelOf, sourceOf: (id) => byId.get(id)?.source, orderOf };
}

function describeSource(source: BriefingSource, number: number): string {
  if (source.outlet && source.outlet.trim() !== '') return truncateText(source.outlet, 40);
  if (source.url) {
    const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(source.url.trim());
    if (host?.[1]) return host[1];
  }
  if (source.title && source.title.trim() !== '') return truncateText(source.title, 40);
  return `Source ${number}`;
}

/** The element id of a source's column in the side-by-side view. */
export function sourceAnchor(id: SourceId): string {
  return `src-${toIdToken(id)}`;
}

/** Href for a source's citation: its first passage among `evidence`, else the source's column. */
export function citationHref(context: RenderContext, source: SourceId, evidence: readonly Evidence[]): string | null {
  for (const e of evidence) {
    if (e?.source !== source) continue;
    const passage = context.passages.byEvidence.get(e);
    if (passage && passage.id !== '') return `#${passage.id}`;
  }
  return context.sourceOf(source) ? `#${sourceAnchor(source)}` : null;
}

/** Citation markers "[1][3]" for the item's sources, each linking to the cited passage in that source. */
export function renderCitations(context: RenderContext, sources: readonly SourceId[], evidence: readonly Evidence[]): string {
  const ids = [...new Set([...(sources ?? []), ...(evidence ?? []).map((e) => e?.source)].filter((s): s is SourceId => typeof s === 'string'))].sort(
    (a, b) => context.orderOf(a) - context.orderOf(b),
  );
  // A fact many sources report would carry a marker for each: past the limit they are counted, not drawn.
  const max = context.options.maxCitations;
  const markers = ids.slice(0, max).map((id) => {
    const href = citationHref(context, id, evidence ?? []);
    const label = `[${escapeHtml(context.numberOf(id))}]`;
    const title = escapeHtml(context.labelOf(id));
    return href === null
      ? `<span class="cb-cite" title="${title}">${label}</span>`
      : `<a class="cb-cite" href="${escapeHtml(href)}" title="${title}">${label}</a>`;
  });
  if (ids.length > max) markers.push(`<span class="cb-meta"> +${ids.length - max} more</span>`);
  return markers.length > 0 ? `<span class="cb-cites">${markers.join('')}</span>` : '';
}

/** A section with a heading and an anchor id. */
export function renderSection(id: string, heading: string, body: string, intro = ''): string {
  const lead = intro === '' ? '' : `<p class="cb-intro">${escapeHtml(intro)}</p>`;
  return `<section class="cb-section" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(heading)}</h2>${lead}${body}</section>`;
}

/** A section whose body is a grid of cards (one a source, one a syndicated pair, …). */
export function renderCardSection(id: string, heading: string, cards: string, intro: string): string {
  return renderSection(id, heading, `<div class="cb-card-grid">${cards}</div>`, intro);
}

/** A muted line shown when a section has nothing to show. */
export function renderEmpty(message: string): string {
  return `<p class="cb-empty">${escapeHtml(message)}</p>`;
}
