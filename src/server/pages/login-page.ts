import { escapeHtml } from './escape.js';
import { renderMessages, renderPage } from './layout.js';

/** The login page: one token field; `next` is where to go after (a path of this site). */
export function renderLoginPage(next: string, messages: readonly { severity: string; text: string }[] = []): string {
  const body =
    `<main class="app-main">${renderMessages(messages)}<div class="app-card"><h2>Access token</h2>` +
    '<p class="app-meta">This server needs a token to read or change its stories. Ask whoever runs it.</p>' +
    '<form class="app-form" id="login" method="post" action="/login">' +
    `<input type="hidden" name="next" value="${escapeHtml(next)}">` +
    '<label for="login-token">Token</label><input type="password" id="login-token" name="token" autocomplete="current-password" required>' +
    '<button type="submit">Sign in</button></form></div></main>';
  return renderPage({ title: 'Sign in', body });
}
