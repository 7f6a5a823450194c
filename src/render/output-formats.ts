import type { Briefing, SourceId } from '../model/index.js';
import { renderHtml, renderHtmlFragment } from './html.js';
import { REPORT_CSP } from './html/script.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderAnalysisSections } from './markdown-analysis.js';

/** What every renderer of the registry is given besides the briefing. */
export interface RenderOptions {
  /** Cleaned text of each source by source id (the text evidence offsets point into); the HTML formats show it. */
  readonly sourceTexts?: Readonly<Record<SourceId, string>>;
}

/** Default options for `renderBriefing`: no source texts. */
export const DEFAULT_RENDER_OPTIONS: RenderOptions = {};

/** One output format: how to render it and how to name, label and serve the result. */
export interface OutputFormat {
  readonly name: string;
  /** Other names accepted for it ("markdown" for "md"). */
  readonly aliases: readonly string[];
  /** The HTTP Content-Type of the output. */
  readonly mediaType: string;
  /** File name extension, with the dot. */
  readonly extension: string;
  /** A few words for help texts: "Markdown", "a self-contained report". */
  readonly description: string;
  /** True for a whole file or response (offered by the CLI and the API); false for a part of a page. */
  readonly standalone: boolean;
  /** The Content-Security-Policy the output is written for, when it is a page. */
  readonly contentSecurityPolicy: string | null;
  readonly render: (briefing: Briefing, options?: RenderOptions) => string;
}

/** Every output format by name: the one list the CLI, the server, the OpenAPI document and the tests read. */
export const OUTPUT_FORMATS = {
  md: {
    name: 'md',
    aliases: ['markdown'],
    mediaType: 'text/markdown; charset=utf-8',
    extension: '.md',
    description: 'Markdown',
    standalone: true,
    contentSecurityPolicy: null,
    render: (briefing) => renderMarkdown(briefing, { sections: renderAnalysisSections }),
  },
  json: {
    name: 'json',
    aliases: [],
    mediaType: 'application/json; charset=utf-8',
    extension: '.json',
    description: 'the briefing contract',
    standalone: true,
    contentSecurityPolicy: null,
    render: (briefing) => renderJson(briefing),
  },
  html: {
    name: 'html',
    aliases: [],
    mediaType: 'text/html; charset=utf-8',
    extension: '.html',
    description: 'a self-contained report',
    standalone: true,
    contentSecurityPolicy: REPORT_CSP,
    render: (briefing, options = DEFAULT_RENDER_OPTIONS) => renderHtml(briefing, { sourceTexts: options.sourceTexts }),
  },
  fragment: {
    name: 'fragment',
    aliases: [],
    mediaType: 'text/html; charset=utf-8',
    extension: '.html',
    description: 'the report body, for embedding in a page',
    standalone: false,
    contentSecurityPolicy: null,
    render: (briefing, options = DEFAULT_RENDER_OPTIONS) => renderHtmlFragment(briefing, { sourceTexts: options.sourceTexts }),
  },
} as const satisfies Readonly<Record<string, OutputFormat>>;

/** The name of a registered output format. */
export type OutputFormatName = keyof typeof OUTPUT_FORMATS;

/** The formats offered as a whole file or response (CLI `--format`, API `?format=`), in registry order. */
export const STANDALONE_FORMATS: readonly OutputFormat[] = Object.values(OUTPUT_FORMATS).filter((format) => format.standalone);

/** The format a name or alias stands for among `formats` (all by default), or null: `findOutputFormat('markdown')` → md. */
export function findOutputFormat(name: string, formats: readonly OutputFormat[] = Object.values(OUTPUT_FORMATS)): OutputFormat | null {
  if (typeof name !== 'string') throw new TypeError(`findOutputFormat: expected a format name, got ${typeof name}`);
  return formats.find((format) => format.name === name || format.aliases.includes(name)) ?? null;
}

/** Names of formats as a phrase: "md, json or html"; with `described`, "md (Markdown), json (…) or html (…)". */
export function listFormatNames(formats: readonly OutputFormat[], described = false): string {
  const names = formats.map((format) => (described ? `${format.name} (${format.description})` : format.name));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
}

/** Renders a briefing in the named format (a name or alias); an unknown name is misuse. */
export function renderBriefing(briefing: Briefing, format: string, options: RenderOptions = DEFAULT_RENDER_OPTIONS): string {
  const found = findOutputFormat(format);
  if (!found) throw new TypeError(`renderBriefing: expected a format among ${listFormatNames(Object.values(OUTPUT_FORMATS))}, got ${JSON.stringify(format)}`);
  return found.render(briefing, options);
}
