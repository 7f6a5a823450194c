import { escapeHtml, toSafeHttpUrl } from '../../render/html/escape.js';

export { escapeHtml };

/** An http(s) URL as a link (rel noopener noreferrer nofollow); anything else (javascript:, data:, junk) as plain text. */
export function renderUrl(url: string | null, label?: string): string {
  if (!url) return '';
  const safe = toSafeHttpUrl(url);
  const text = escapeHtml(label ?? url);
  return safe ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer nofollow">${text}</a>` : `<span class="app-url">${text}</span>`;
}

/** A search snippet (matches between U+0002 and U+0003) escaped, with the matches in balanced <mark> elements. */
export function renderSnippet(snippet: string): string {
  let open = false;
  let html = '';
  // Split on the markers; stray markers that came from the article text itself can only open or close one <mark>.
  for (const part of snippet.split(/([\u0002\u0003])/)) {
    if (part === '\u0002' || part === '\u0003') {
      if ((part === '\u0002') !== open) html += open ? '</mark>' : '<mark>';
      open = part === '\u0002';
    } else html += escapeHtml(part);
  }
  return open ? `${html}</mark>` : html;
}

/** A date-time as "2024-05-28 14:03 UTC". */
export function formatStamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
