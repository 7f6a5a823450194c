import { SUPPORTED_EXTENSIONS } from '../../ingest/index.js';
import { escapeHtml } from './escape.js';

export interface ArticleFormOptions {
  readonly action: string;
  readonly id: string;
  readonly submit: string;
  readonly withTitle: boolean;
  readonly tokenRequired: boolean;
}

const ACCEPT = Object.keys(SUPPORTED_EXTENSIONS).join(',');

/** The form to paste an article, upload files or give URLs (multipart, works without script). */
export function renderArticleForm(options: ArticleFormOptions): string {
  const title = options.withTitle
    ? `<label for="${options.id}-title">Story title <span class="app-hint">(optional: the briefing chooses a headline)</span></label>` +
      `<input type="text" id="${options.id}-title" name="title" maxlength="500">`
    : '';
  const token = options.tokenRequired
    ? `<label for="${options.id}-token">Access token <span class="app-hint">(this server needs one for changes)</span></label>` +
      `<input type="password" id="${options.id}-token" name="token" autocomplete="current-password" required>`
    : '';
  return (
    `<form class="app-form" id="${options.id}" method="post" action="${escapeHtml(options.action)}" enctype="multipart/form-data">${title}` +
    `<label for="${options.id}-text">Paste an article <span class="app-hint">(plain text or HTML; first line = headline)</span></label>` +
    `<textarea id="${options.id}-text" name="text"></textarea>` +
    `<label for="${options.id}-files">Upload files <span class="app-hint">(text, HTML, RSS/Atom, JSON lines; several at once)</span></label>` +
    `<input type="file" id="${options.id}-files" name="files" multiple accept="${escapeHtml(ACCEPT)}">` +
    `<label for="${options.id}-urls">Article URLs <span class="app-hint">(one per line; fetched by the server)</span></label>` +
    `<textarea id="${options.id}-urls" name="urls" class="app-short" placeholder="https://…"></textarea>` +
    `${token}<button type="submit" data-busy="Reading the articles…">${escapeHtml(options.submit)}</button></form>`
  );
}
