import { escapeHtml, formatIsoDate, renderExternalLink, truncateText } from './escape.js';
import { renderEmpty, renderCardSection, renderSection, sourceAnchor, type RenderContext } from './context.js';

/** "Shared wire copy": source groups that run the same text, counted once as independent sources. */
export function renderSyndication(context: RenderContext): string {
  const groups = context.briefing.syndication ?? [];
  if (groups.length === 0) return renderSection('cb-wire', 'Shared wire copy', renderEmpty('No two sources share copy word for word.'));
  const cards = groups
    .map((group) => {
      const names = group.sources
        .map((s) => `<a href="#${sourceAnchor(s)}">[${escapeHtml(context.numberOf(s))}] ${escapeHtml(context.labelOf(s))}</a>`)
        .join(' and ');
      const overlap = Math.round((Number(group.overlap) || 0) * 100);
      const passages = (group.passages ?? []).map((p) => `<li>${escapeHtml(truncateText(p, 400))}</li>`);
      const shown = passages.slice(0, 3).join('');
      const more =
        passages.length > 3
          ? `<details><summary>${passages.length - 3} more shared passages</summary><ul class="cb-passages">${passages.slice(3).join('')}</ul></details>`
          : '';
      return (
        `<article class="cb-card"><h3>${names}</h3><p class="cb-meta">${escapeHtml(`${Number(group.sharedWords) || 0} shared words · ${overlap}% of the shorter text`)}` +
        ` · counted as one independent source</p><ul class="cb-passages">${shown}</ul>${more}</article>`
      );
    })
    .join('');
  return renderCardSection('cb-wire', 'Shared wire copy', cards, 'Outlets that run the same wire copy are not independent confirmations of each other.');
}

/** "Sources": the numbered source list with outlet, link, date and the boilerplate removed while cleaning. */
export function renderSourceList(context: RenderContext): string {
  const sources = context.briefing.sources;
  if (sources.length === 0) return renderSection('cb-source-list', 'Sources', renderEmpty('No sources.'));
  const items = sources
    .map((source, index) => {
      const title = escapeHtml(source.title ?? 'Untitled');
      const details = [
        source.outlet ? escapeHtml(source.outlet) : '',
        source.published ? `<time datetime="${escapeHtml(source.published)}">${escapeHtml(formatIsoDate(source.published))}</time>` : '',
        `${Number(source.words) || 0} words`,
      ]
        .filter(Boolean)
        .join(' · ');
      const link = source.url ? `<span class="cb-source-url">${renderExternalLink(source.url)}</span>` : '';
      const removed = source.removed ?? [];
      const boilerplate =
        removed.length === 0
          ? ''
          : `<details class="cb-removed"><summary>${removed.length} line${removed.length === 1 ? '' : 's'} removed while cleaning</summary>` +
            `<ul>${removed.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></details>`;
      return (
        `<li id="cb-ref-${index + 1}"><span class="cb-num">${index + 1}</span><div><a class="cb-source-title" href="#${sourceAnchor(source.id)}">${title}</a>` +
        `<p class="cb-meta">${details}</p>${link}${boilerplate}</div></li>`
      );
    })
    .join('');
  return renderSection('cb-source-list', 'Sources', `<ol class="cb-source-list">${items}</ol>`);
}

/** "Diagnostics": problems found in the inputs, most severe first. */
export function renderDiagnostics(context: RenderContext): string {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const list = (context.briefing.diagnostics ?? []).slice().sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3));
  if (list.length === 0) return renderSection('cb-diagnostics', 'Diagnostics', renderEmpty('No problems were found in the inputs.'));
  const rows = list
    .map((d) => {
      const where = d.source ? `[${context.numberOf(d.source)}] ${context.labelOf(d.source)}` : (d.input ?? '');
      return (
        `<tr class="cb-sev-${escapeHtml(d.severity)}"><td><span class="cb-badge">${escapeHtml(d.severity)}</span></td><td><code>${escapeHtml(d.code)}</code></td>` +
        `<td>${escapeHtml(d.message)}</td><td>${escapeHtml(where)}</td></tr>`
      );
    })
    .join('');
  return renderSection(
    'cb-diagnostics',
    'Diagnostics',
    `<div class="cb-table-scroll"><table class="cb-diagnostics"><thead><tr><th>Severity</th><th>Code</th><th>Message</th><th>Source</th></tr></thead><tbody>${rows}</tbody></table></div>`,
  );
}
