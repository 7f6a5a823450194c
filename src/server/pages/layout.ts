import { REPORT_CSS, REPORT_SCRIPT, REPORT_SCRIPT_CSP_SOURCE } from '../../render/index.js';
import { APP_CSS, APP_SCRIPT, APP_SCRIPT_CSP_SOURCE } from './app-assets.js';
import { escapeHtml } from './escape.js';

/** The CSP of every app page: only our two inline scripts (by hash), our origin for fetch/SSE and forms, nothing else. */
export const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${APP_SCRIPT_CSP_SOURCE} ${REPORT_SCRIPT_CSP_SOURCE}`,
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PageParts {
  readonly title: string;
  /** Already-escaped HTML. */
  readonly body: string;
  /** Extra attributes on <body>, already escaped (data-story, data-version). */
  readonly bodyAttributes?: string;
  /** Include the report's CSS and script. */
  readonly report?: boolean;
  readonly query?: string;
}

/** A whole app page: the bar with search, the body, the app script (and the report's, on story pages). */
export function renderPage(parts: PageParts): string {
  const reportCss = parts.report ? `\n${REPORT_CSS}` : '';
  const reportScript = parts.report ? `<script>${REPORT_SCRIPT}</script>` : '';
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="same-origin"><link rel="icon" href="data:,">' +
    `<title>${escapeHtml(parts.title)} · corroborate</title><style>${APP_CSS}${reportCss}</style></head>\n` +
    `<body${parts.bodyAttributes ? ` ${parts.bodyAttributes}` : ''}>` +
    '<header class="app-bar"><a class="app-brand" href="/">corroborate</a>' +
    `<form method="get" action="/" role="search"><input type="search" name="q" value="${escapeHtml(parts.query ?? '')}" placeholder="Search stories and articles" aria-label="Search stories and articles"><button type="submit">Search</button></form></header>\n` +
    `${parts.body}\n<script>${APP_SCRIPT}</script>${reportScript}</body></html>\n`
  );
}

/** A list of notices: ok messages and problems (each escaped). */
export function renderMessages(messages: readonly { severity: string; text: string }[]): string {
  if (messages.length === 0) return '';
  return `<ul class="app-messages" id="messages">${messages.map((m) => `<li data-severity="${escapeHtml(m.severity)}">${escapeHtml(m.text)}</li>`).join('')}</ul>`;
}
