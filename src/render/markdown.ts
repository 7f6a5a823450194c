import type { Briefing, BriefingSource, SourceId } from '../model/index.js';

/** Citation marker for a source id: "S3" → "[3]". */
export function citationMarker(source: SourceId): string {
  return `[${source.replace(/^S/, '')}]`;
}

/** Markdown-escapes text that comes from articles so it cannot form links, emphasis or headings. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function describeSource(source: BriefingSource): string {
  const parts: string[] = [];
  parts.push(source.title ? `**${escapeMarkdown(source.title)}**` : '*untitled*');
  if (source.outlet) parts.push(escapeMarkdown(source.outlet));
  if (source.published) parts.push(source.published.slice(0, 10));
  parts.push(`${source.words} words`);
  if (source.url && /^https?:\/\//i.test(source.url)) parts.push(`<${source.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return parts.join(' · ');
}

/** Options for `renderMarkdown`. */
export interface MarkdownOptions {
  /** Extra sections (cross-source analysis) rendered between the summary and the sources. */
  readonly sections?: (briefing: Briefing) => string;
}

/** Renders a briefing as Markdown: title, cited summary, optional analysis sections, numbered sources. */
export function renderMarkdown(briefing: Briefing, options: MarkdownOptions = {}): string {
  const lines: string[] = [`# ${escapeMarkdown(briefing.title)}`, ''];
  const count = briefing.sources.length;
  lines.push(`*Briefing of ${count} source${count === 1 ? '' : 's'} by corroborate ${briefing.generator.version}.*`, '');
  lines.push('## Summary', '');
  for (const sentence of briefing.summary) {
    lines.push(`${escapeMarkdown(sentence.text)} ${sentence.sources.map(citationMarker).join('')}`);
    lines.push('');
  }
  const extra = options.sections?.(briefing).trim();
  if (extra) lines.push(extra, '');
  lines.push('## Sources', '');
  for (const source of briefing.sources) lines.push(`${source.id.replace(/^S/, '')}. ${describeSource(source)}`);
  const problems = briefing.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length > 0) {
    lines.push('', '## Notes on the inputs', '');
    for (const d of problems) lines.push(`- ${d.severity}: ${escapeMarkdown(d.input ?? d.source ?? '')} ${escapeMarkdown(d.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
