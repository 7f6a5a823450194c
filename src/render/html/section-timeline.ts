import { escapeHtml, formatIsoDate } from './escape.js';
import { renderCitations, renderEmpty, renderSection, type RenderContext } from './context.js';
import { renderTimelineChart } from './chart-timeline.js';

/** "Timeline": the chart and the numbered list of dated events it draws. */
export function renderTimeline(context: RenderContext): string {
  const events = context.briefing.timeline ?? [];
  if (events.length === 0) return renderSection('cb-timeline', 'Timeline', renderEmpty('No dated events were found.'));
  const anchorOf = (index: number): string => `T-${index + 1}`;
  const items = events
    .map(
      (event, index) =>
        `<li id="${anchorOf(index)}"><span class="cb-num">${index + 1}</span>` +
        `<time datetime="${escapeHtml(event.date)}">${escapeHtml(formatIsoDate(event.date) || event.date)}</time> ` +
        `<span class="cb-tl-text">${escapeHtml(event.text)}${renderCitations(context, event.sources ?? [], event.evidence ?? [])}</span></li>`,
    )
    .join('');
  return renderSection('cb-timeline', 'Timeline', `${renderTimelineChart(events, anchorOf)}<ol class="cb-timeline-list">${items}</ol>`);
}
