/** Escapes text for HTML text content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Returns the normalized URL when it is an absolute http(s) URL, else null (javascript:, data:, relative, junk). */
export function toSafeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}

/** Renders an outbound link when the URL is http(s); otherwise the URL (or label) as plain text. */
export function renderExternalLink(url: string | null, label?: string): string {
  const safe = toSafeHttpUrl(url);
  const text = escapeHtml(label ?? url ?? '');
  if (safe === null) return `<span class="cb-url-text">${text}</span>`;
  return `<a href="${escapeHtml(safe)}" rel="noopener noreferrer nofollow">${text}</a>`;
}

/** Turns any id from the briefing into a token safe for id/href/class use. */
export function toIdToken(value: unknown): string {
  const token = String(value ?? '').replace(/[^A-Za-z0-9_-]/g, '_');
  return token === '' ? '_' : token;
}

/** Shortens text to at most `max` characters on a word boundary, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Formats an ISO 8601 date (possibly partial) for display without locale or clock: "28 May 2007", "May 2007", "2007". */
export function formatIsoDate(value: string | null): string {
  if (value === null) return '';
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) return value;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : months[Number(month) - 1];
  if (monthName === undefined) return year ?? value;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
