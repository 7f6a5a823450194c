import type { Entity, EntityType, Quote } from '../../model/index.js';
import { escapeHtml, toIdToken } from './escape.js';
import { renderCitations, renderEmpty, renderSection, type RenderContext } from './context.js';

/** "Who said what": quotes grouped by speaker, with their sources and differently worded variants. */
export function renderQuotes(context: RenderContext): string {
  const quotes = context.briefing.quotes ?? [];
  if (quotes.length === 0) return renderSection('cb-quotes', 'Who said what', renderEmpty('No direct quotes were found.'));
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const key = quote.speaker ?? '';
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  const entities = new Map((context.briefing.entities ?? []).map((e) => [e.id, e]));
  const blocks = [...groups]
    .sort(([a, qa], [b, qb]) => Number(a === '') - Number(b === '') || qb.length - qa.length)
    .map(([speaker, list]) => {
      const entity = list.map((q) => (q.entity === null ? undefined : entities.get(q.entity))).find((e) => e !== undefined);
      const role = entity?.description ? ` <span class="cb-meta">${escapeHtml(entity.description)}</span>` : '';
      const name = speaker === '' ? 'Speaker not identified' : speaker;
      const wide = list.length >= 4 ? ' cb-speaker-wide' : '';
      return `<article class="cb-card cb-speaker${wide}"><h3>${escapeHtml(name)}${role}</h3><div class="cb-quote-list">${list.map((q) => renderQuote(context, q)).join('')}</div></article>`;
    });
  return renderSection('cb-quotes', 'Who said what', `<div class="cb-card-grid cb-speakers">${blocks.join('')}</div>`);
}

function renderQuote(context: RenderContext, quote: Quote): string {
  const variants = (quote.variants ?? []).filter((v) => v !== quote.text);
  const variantList =
    variants.length === 0
      ? ''
      : `<div class="cb-variants"><p class="cb-meta">Worded differently elsewhere:</p><ul>${variants
          .map((v) => `<li><q>${escapeHtml(v)}</q></li>`)
          .join('')}</ul></div>`;
  return (
    `<figure class="cb-quote" id="Q-${toIdToken(quote.id)}"><blockquote><p>${escapeHtml(quote.text)}</p></blockquote>` +
    `<figcaption>${renderCitations(context, quote.sources ?? [], quote.evidence ?? [])}</figcaption>${variantList}</figure>`
  );
}

/** Entities listed per type before the rest go into a <details>. */
const ENTITIES_SHOWN = 10;

const TYPE_HEADINGS: readonly (readonly [EntityType, string])[] = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
  ['other', 'Other names'],
];

/** "People, organizations and places": merged entities with aliases, description and sources. */
export function renderEntities(context: RenderContext): string {
  const entities = context.briefing.entities ?? [];
  if (entities.length === 0) return renderSection('cb-entities', 'People, organizations and places', renderEmpty('No names were found.'));
  const columns = TYPE_HEADINGS.map(([type, heading]) => {
    const list = entities
      .filter((e) => e.type === type || (type === 'other' && !TYPE_HEADINGS.some(([t]) => t === e.type)))
      .slice()
      .sort((a, b) => b.mentions - a.mentions || b.sources.length - a.sources.length);
    if (list.length === 0) return '';
    const shown = list
      .slice(0, ENTITIES_SHOWN)
      .map((e) => renderEntity(context, e))
      .join('');
    const rest =
      list.length > ENTITIES_SHOWN
        ? `<details class="cb-more"><summary>${list.length - ENTITIES_SHOWN} more</summary><ul class="cb-entities">${list
            .slice(ENTITIES_SHOWN)
            .map((e) => renderEntity(context, e))
            .join('')}</ul></details>`
        : '';
    return `<div class="cb-entity-column"><h3>${heading} <span class="cb-meta">(${list.length})</span></h3><ul class="cb-entities">${shown}</ul>${rest}</div>`;
  }).join('');
  return renderSection('cb-entities', 'People, organizations and places', `<div class="cb-entity-grid">${columns}</div>`);
}

function renderEntity(context: RenderContext, entity: Entity): string {
  const aliases = (entity.aliases ?? []).filter((a) => a !== entity.name);
  const description = entity.description ? `<span class="cb-entity-desc">${escapeHtml(entity.description)}</span>` : '';
  const aka = aliases.length === 0 ? '' : `<span class="cb-meta">also: ${aliases.map((a) => escapeHtml(a)).join(', ')}</span>`;
  const sources = (entity.sources ?? []).map((s) => `[${escapeHtml(context.numberOf(s))}]`).join('');
  return (
    `<li id="E-${toIdToken(entity.id)}"><span class="cb-entity-name">${escapeHtml(entity.name)}</span>${description}${aka}` +
    `<span class="cb-meta">${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} in ${escapeHtml(sources)}</span></li>`
  );
}
