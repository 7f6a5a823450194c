import { Hono, type Context } from 'hono';
import { CorroborateError, type Diagnostic } from '../model/index.js';
import type { AddArticleResult, StoryRecord } from '../store/index.js';
import { GENERATOR_VERSION } from '../version.js';
import { requestAccess } from './access.js';
import { addAndAnalyzeArticles, resolveArticles } from './add-articles.js';
import { readFormArticles, readFormTitle, type FormFields } from './article-input.js';
import type { BackgroundWork, PendingBriefing } from './background-work.js';
import { FlashMessages } from './flash.js';
import { bearerToken, tokenMatches } from './guards.js';
import { HttpError, toHttpError } from './http-error.js';
import { RetryLaterError } from './limits.js';
import { sendVersioned } from './compressed.js';
import { compareBriefings } from './briefing-changes.js';
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
  const { briefings } = ctx;
  // Forms ask for the token unless the session may write already.
  const tokenRequired = (c: Context) => ctx.token !== null && requestAccess(c) !== 'write';

  const pageHeaders = (c: Context, cacheable: boolean) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Cache-Control', cacheable ? 'private, no-cache' : 'no-store');
  };
  const page = (c: Context, html: string, status: 200 | 400 | 401 | 404 | 422 = 200, cacheable = false) => {
    pageHeaders(c, cacheable);
    return c.html(html, status);
  };

  const checkFormToken = (c: Context, fields: FormFields) => {
    const given = typeof fields.token === 'string' ? fields.token : bearerToken(c.req.header('authorization'));
    if (ctx.token && requestAccess(c) !== 'write' && !tokenMatches(ctx.token, given))
      throw new HttpError(401, 'unauthorized', 'the access token is missing or wrong');
  };

  const briefingView = async (story: StoryRecord, signal: AbortSignal): Promise<BriefingView> => {
    try {
      // With the briefing, what it adds to the one it replaced (new sources, facts, conflicts).
      const changesOf = async (json: Uint8Array) => {
        const previous = await store.getPreviousBriefing(story.id);
        return previous ? compareBriefings(previous.json, json, previous.version) : null;
      };
      if (ctx.background) {
        const outcome = await ctx.background.briefing(story.id);
        if ('pending' in outcome) return pendingView(outcome.pending);
        return { html: await briefings.render(outcome.ready, 'fragment', signal), changes: await changesOf(outcome.ready.json) };
      }
      const loaded = await briefings.get(story.id, signal, story);
      return { html: await briefings.render(loaded, 'fragment', signal), changes: await changesOf(loaded.json) };
    } catch (error) {
      const problem = toHttpError(error);
      if (signal.aborted || error instanceof RetryLaterError || problem.status === 503 || problem.code === 'not-found') throw error;
      if (problem.code === 'internal')
        process.stderr.write(`corroborate serve: briefing of story ${story.id} failed: ${(error as Error)?.stack ?? String(error)}\n`);
      return { problem: problem.message, details: problem.diagnostics.map((d) => describe(d).text) };
    }
  };

  type PageRender = (story: StoryRecord, messages: Message[], signal: AbortSignal) => Promise<{ html: string; briefed: boolean }>;

  // A story page (or its live part) of one story version: a client holding it gets 304; a page without messages is
  // rendered once per version, however many requests ask for it at once, then served from memory as bytes.
  const storyPage = async (c: Context, what: 'page' | 'live', render: PageRender) => {
    const id = storyIdOf(c);
    const story = await store.getStory(id);
    if (!story) throw new HttpError(404, 'not-found', `There is no story ${id}; it may have been deleted.`);
    const messages = what === 'page' ? flash.take(c.req.query('flash')) : [];
    if (messages.length > 0) return page(c, (await render(story, messages, c.req.raw.signal)).html);
    const variant = `${what}-${tokenRequired(c) ? 'token' : 'open'}`;
    const etag = `"${variant}-${id}-v${story.version}-${GENERATOR_VERSION}"`;
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { 'Cache-Control': 'private, no-cache' });
    const key = briefings.pageKey(variant, story);
    const hit = briefings.cache.get(key);
    ctx.metrics.cache('page', hit !== undefined);
    const made =
      hit ??
      (await ctx.work.run(
        `page:${key}`,
        async (signal): Promise<string | Uint8Array> => {
          const { html, briefed } = await render(story, [], signal);
          // A page without a briefing (an error, no articles yet) or of a version gone meanwhile is not kept.
          if (!briefed || (await store.getStory(id))?.version !== story.version) return html;
          const bytes = Buffer.from(html, 'utf8');
          briefings.cache.set(key, bytes);
          return bytes;
        },
        c.req.raw.signal,
      ));
    if (typeof made === 'string') return page(c, made, 200, true);
    pageHeaders(c, true);
    return sendVersioned(c, briefings.cache, key, made, 'text/html; charset=UTF-8');
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
    const { stories, total, truncated } = await store.listStories(query ? { query, limit: 100 } : { order: 'rank', limit: 100 });
    const outlets = query ? new Map<number, string[]>() : await store.listOutlets(stories.map((story) => story.id));
    return page(c, renderHomePage({ stories, total, truncated, query, tokenRequired: tokenRequired(c), messages, outlets }), status);
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
      const { story, results, diagnostics } = await ctx.work.run(
        null,
        async (signal) => {
          const { articles, diagnostics } = await resolveArticles(inputs, ctx.fetchInput, ctx.runner, signal);
          if (articles.length === 0)
            throw new CorroborateError('no-usable-input', 'No article could be read from what was given; nothing was created.', diagnostics);
          const story = await store.createStory(readFormTitle(fields));
          return { story, results: await addAndAnalyzeArticles(store, story.id, articles, ctx.runner), diagnostics };
        },
        c.req.raw.signal,
      );
      return c.redirect(`/stories/${story.id}?flash=${flash.put(summarize(results, diagnostics))}`, 303);
    } catch (error) {
      const problem = toHttpError(error);
      if (problem.status >= 500) throw error;
      const details = problem.diagnostics.filter((d) => d.severity !== 'info').map(describe);
      return homePage(c, [{ severity: 'error', text: problem.message }, ...details], problem.status === 401 ? 401 : problem.status === 400 ? 400 : 422);
    }
  });

  // The story as it is once its briefing is made (the briefing names it when the user did not).
  const afterBriefing = async (story: StoryRecord) => (await store.getStory(story.id)) ?? story;

  web.get('/stories/:id', (c) =>
    storyPage(c, 'page', async (story, messages, signal) => {
      const briefing = await briefingView(story, signal);
      const articles = await store.listArticles(story.id);
      const html = renderStoryPage({ story: await afterBriefing(story), articles, briefing, tokenRequired: tokenRequired(c), messages });
      return { html, briefed: 'html' in briefing };
    }),
  );

  web.get('/stories/:id/live', (c) =>
    storyPage(c, 'live', async (story, _messages, signal) => {
      const briefing = await briefingView(story, signal);
      const html = renderLivePart({ story: await afterBriefing(story), articles: await store.listArticles(story.id), briefing });
      return { html, briefed: 'html' in briefing };
    }),
  );

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
      const inputs = await readFormArticles(fields);
      const { results, diagnostics } = await ctx.work.run(
        null,
        async (signal) => {
          const { articles, diagnostics } = await resolveArticles(inputs, ctx.fetchInput, ctx.runner, signal);
          if (articles.length === 0) throw new CorroborateError('no-usable-input', 'No article could be read from what was given.', diagnostics);
          return { results: await addAndAnalyzeArticles(store, id, articles, ctx.runner), diagnostics };
        },
        c.req.raw.signal,
      );
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
