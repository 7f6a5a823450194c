import { Hono, type Context } from 'hono';
import { accessOfToken, endSession, startSession } from './access.js';
import { PAGE_CSP } from './pages/layout.js';
import { renderLoginPage } from './pages/login-page.js';
import { readForm, type ServerContext } from './server-context.js';

// Only a path of this site (not "//evil.example", not "/\evil"), else the start page.
const safeNext = (next: unknown): string => (typeof next === 'string' && /^\/(?![/\\])[\x21-\x7e]{0,300}$/.test(next) ? next : '/');

/** The login and logout routes: a token typed once starts an HttpOnly, SameSite=Strict session cookie. */
export function createLogin(ctx: ServerContext): Hono {
  const login = new Hono();
  const tokens = { token: ctx.token, readToken: ctx.readToken };
  const page = (c: Context, html: string, status: 200 | 401 = 200) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Cache-Control', 'no-store');
    return c.html(html, status);
  };

  login.get('/login', (c) => page(c, renderLoginPage(safeNext(c.req.query('next')))));

  login.post('/login', async (c) => {
    const fields = await readForm(c);
    const next = safeNext(fields.next);
    const access = accessOfToken(tokens, typeof fields.token === 'string' ? fields.token : null);
    if (access === 'none') return page(c, renderLoginPage(next, [{ severity: 'error', text: 'That token is not right.' }]), 401);
    startSession(c, tokens, access);
    return c.redirect(next, 303);
  });

  login.post('/logout', (c) => {
    endSession(c);
    return c.redirect('/login', 303);
  });

  return login;
}
