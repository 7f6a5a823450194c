import { Hono, type Context } from 'hono';
import { CorroborateError, type Diagnostic } from '../model/index.js';
import { OUTPUT_FORMATS } from '../render/index.js';
import type { AddArticleResult } from '../store/index.js';
import { addAndAnalyzeArticles, resolveArticles } from './add-articles.js';
import { readFormArticles, readFormTitle, type FormFields } from './article-input.js';
import type { BackgroundWork, PendingBriefing } from './background-work.js';
import { loadBriefing, parseBriefing } from './briefing-service.js';
import { FlashMessages } from './flash.js';
import { bearerToken, tokenMatches } from './guards.js';
import { HttpError, toHttpError } from './http-error.js';
import { renderHomePage } from './pages/home-page.js';
import { PAGE_CSP } from './pages/layout.js';
import { renderLivePart, renderStoryPage, type BriefingView } from './pages/story-page.js';
import { readForm, storyIdOf, type ServerContext } from './server-context.js';

type Message = { severity: string; text: string };

const describe = (d: Diagnostic): Message => ({
  severity: d.severity === 'info' ? 'ok' : d.severity,
  text: `${d.input ?? d.source ?? ''}${d.input || d.source ? ': ' : ''}${d.message}`,
});

function summarize(results: readonly AddArticleResult[], diagnostics: readonly Diagnostic[]): Message[] {
  const added = results.filter((r) => r.status === 'added').length;
  const messages: Message[] = [{ severity: 'ok', text: `${added} article${added === 1 ? '' : 's'} added.` }];
  for (const r of results) {
    if (r.status === 'duplicate')
      messages.push({
        severity: 'warning',
        text: `Already in this story (same ${r.reason === 'url' ? 'URL' : 'text'}): ${r.article.title ?? r.article.url ?? `article ${r.article.id}`}`,
      });
  }
  return [...messages, ...diagnostics.filter((d) => d.severity !== 'info').map(describe)];
}

/** The server-rendered web app: story list with search, story pages with live briefings, forms that add articles. */
export function createWeb(ctx: ServerContext): Hono {
  const web = new Hono();
  const { store } = ctx;
  const flash = new FlashMessages();
  const tokenRequired = ctx.token !== null;

  const page = (c: Context, html: string, status: 200 | 400 | 401 | 404 | 422 = 200) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Cache-Control', 'no-store');
    return c.html(html, status);
  };

  const checkFormToken = (c: Context, fields: FormFields) => {
    const given = typeof fields.token === 'string' ? fields.token : bearerToken(c.req.header('authorization'));
    if (ctx.token && !tokenMatches(ctx.token, given)) throw new HttpError(401, 'unauthorized', 'the access token is missing or wrong');
  };

  const briefingView = async (id: number): Promise<BriefingView> => {
    try {
      const outcome = ctx.background ? await ctx.background.briefing(id) : { ready: await loadBriefing(store, id) };
      if ('pending' in outcome) return pendingView(outcome.pending);
      const { briefing, sourceTexts } = parseBriefing(outcome.ready);
      return { html: OUTPUT_FORMATS.fragment.render(briefing, { sourceTexts }) };
    } catch (error) {
      const problem = toHttpError(error);
      if (problem.code === 'internal') process.stderr.write(`corroborate serve: briefing of story ${id} failed: ${(error as Error)?.stack ?? String(error)}\n`);
      if (problem.code === 'not-found') throw error;
      return { problem: problem.message, details: problem.diagnostics.map((d) => describe(d).text) };
    }
  };

  // Database mode: articles are stored now and URLs fetched by workers; the page says what was queued.
  const queueInputs = async (id: number, inputs: Parameters<BackgroundWork['addInputs']>[1]): Promise<Message[]> => {
    const outcome = await ctx.background!.addInputs(id, inputs);
    const urls = outcome.queued.length;
    const queued: Message[] = urls
      ? [{ severity: 'ok', text: `${urls} URL${urls === 1 ? '' : 's'} queued; a worker fetches ${urls === 1 ? 'it' : 'them'}.` }]
      : [];
    return [...summarize(outcome.results, outcome.diagnostics), ...queued];
  };

  const pendingView = (pending: PendingBriefing): BriefingView => {
    const failure = pending.lastFailure?.output as { message?: string } | null | undefined;
    return {
      problem: 'A worker is making the briefing of the latest articles; reload the page in a moment.',
      details: failure?.message ? [`The last attempt failed: ${failure.message}`] : [],
    };
  };

  const homePage = async (c: Context, messages: Message[] = [], status: 200 | 400 | 401 | 422 = 200) => {
    const query = (c.req.query('q') ?? '').slice(0, 500);
    const { stories, total } = await store.listStories({ query, limit: 100 });
    return page(c, renderHomePage({ stories, total, query, tokenRequired, messages }), status);
  };

  web.get('/', (c) => homePage(c, flash.take(c.req.query('flash'))));

  web.post('/stories', async (c) => {
    const fields = await readForm(c);
    try {
      checkFormToken(c, fields);
      const inputs = await readFormArticles(fields);
      if (ctx.background) {
        const story = await store.createStory(readFormTitle(fields));
        const outcome = await queueInputs(story.id, inputs).catch(async (error: unknown) => {
          await store.deleteStory(story.id);
          throw error;
        });
        return c.redirect(`/stories/${story.id}?flash=${flash.put(outcome)}`, 303);
      }
      const { articles, diagnostics } = await resolveArticles(inputs, ctx.fetchInput);
      if (articles.length === 0)
        throw new CorroborateError('no-usable-input', 'No article could be read from what was given; nothing was created.', diagnostics);
      const story = await store.createStory(readFormTitle(fields));
      const results = await addAndAnalyzeArticles(store, story.id, articles);
      return c.redirect(`/stories/${story.id}?flash=${flash.put(summarize(results, diagnostics))}`, 303);
    } catch (error) {
      const problem = toHttpError(error);
      if (problem.status >= 500) throw error;
      const details = problem.diagnostics.filter((d) => d.severity !== 'info').map(describe);
      return homePage(c, [{ severity: 'error', text: problem.message }, ...details], problem.status === 401 ? 401 : problem.status === 400 ? 400 : 422);
    }
  });

  web.get('/stories/:id', async (c) => {
    const id = storyIdOf(c);
    const story = await store.getStory(id);
    if (!story) throw new HttpError(404, 'not-found', `There is no story ${id}; it may have been deleted.`);
    const briefing = await briefingView(id);
    const fresh = (await store.getStory(id)) ?? story;
    const articles = await store.listArticles(id);
    return page(c, renderStoryPage({ story: fresh, articles, briefing, tokenRequired, messages: flash.take(c.req.query('flash')) }));
  });

  web.get('/stories/:id/live', async (c) => {
    const id = storyIdOf(c);
    const briefing = await briefingView(id);
    const story = await store.getStory(id);
    if (!story) throw new HttpError(404, 'not-found', `There is no story ${id}.`);
    return page(c, renderLivePart({ story, articles: await store.listArticles(id), briefing }));
  });

  web.post('/stories/:id/articles', async (c) => {
    const id = storyIdOf(c);
    const fields = await readForm(c);
    let messages: Message[];
    try {
      checkFormToken(c, fields);
      if (!(await store.getStory(id))) throw new HttpError(404, 'not-found', `There is no story ${id}.`);
      if (ctx.background) {
        messages = await queueInputs(id, await readFormArticles(fields));
        const story = await store.getStory(id);
        if (story) ctx.events.publish(id, story.version);
        return c.redirect(`/stories/${id}?flash=${flash.put(messages)}`, 303);
      }
      const { articles, diagnostics } = await resolveArticles(await readFormArticles(fields), ctx.fetchInput);
      if (articles.length === 0) throw new CorroborateError('no-usable-input', 'No article could be read from what was given.', diagnostics);
      const results = await addAndAnalyzeArticles(store, id, articles);
      const story = await store.getStory(id);
      if (story) ctx.events.publish(id, story.version);
      messages = summarize(results, diagnostics);
    } catch (error) {
      const problem = toHttpError(error);
      if (problem.status >= 500 || problem.status === 404) throw error;
      messages = [{ severity: 'error', text: problem.message }, ...problem.diagnostics.filter((d) => d.severity !== 'info').map(describe)];
    }
    return c.redirect(`/stories/${id}?flash=${flash.put(messages)}`, 303);
  });

  web.post('/stories/:id/delete', async (c) => {
    const id = storyIdOf(c);
    checkFormToken(c, await readForm(c));
    const deleted = await store.deleteStory(id);
    ctx.events.publish(id, -1);
    return c.redirect(`/?flash=${flash.put([{ severity: 'ok', text: deleted ? `Story ${id} deleted.` : `Story ${id} was already gone.` }])}`, 303);
  });

  return web;
}
