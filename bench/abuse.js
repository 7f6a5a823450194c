#!/usr/bin/env node
// What no request may do to `corroborate serve`, measured on loopback against the compiled server in its own
// process (the heavy work in its worker pool, as `serve` runs it; no rate limit, so the load gets through):
//   1. stories of 1,600 and 5,000 short articles and one of two ~32 MiB articles, added and briefed through the API:
//      time, briefing size against the text, the server alive;
//   2. /api/health latency while ten heavy briefings run;
//   3. the next request after a 256-connection burst on an uncached story page;
//   4. one-to-three-letter searches over 20,000 stored articles;
//   5. cached story page against cached briefing JSON, requests per second in the same run;
// and the server's peak RSS (VmHWM) over all of it. Figures only, never assertions.
// Usage: npm run bench:abuse [-- --quick]   (--quick: smaller stories and store, for a smoke run)
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { flag, readClusterFile } from './common.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const quick = flag('quick');
const SIZES = quick ? [160, 500] : [1600, 5000];
const STORED = quick ? 2000 : 20000;
const HUGE_BYTES = quick ? 4_000_000 : 32 * 2 ** 20 - 4096;
const ECB = join(ROOT, '../shared/data/ecbplus_story_clustering/ecbplus_story_clustering.jsonl.gz');
const LONGBENCH = join(ROOT, '../shared/data/multinews_longbench_test200/multinews_longbench_test200.jsonl.gz');
const PLUS_VAL = join(ROOT, '../shared/data/multinews_plus_val/multinews_plus_val.jsonl.gz');
for (const path of [ECB, LONGBENCH, PLUS_VAL, join(ROOT, 'dist/src/cli/main.js')]) {
  if (!existsSync(path)) {
    console.error(`bench/abuse: ${path} is missing (needs ../shared/data and npm run build)`);
    process.exit(2);
  }
}
const { openSqliteStore } = await import(join(ROOT, 'dist/src/store/index.js'));
const ecb = readClusterFile(ECB);

// ---- articles -----------------------------------------------------------------------------------------------------
const cut = (text, chars) => {
  const flat = text.replace(/\s+/g, ' ');
  const end = flat.lastIndexOf('. ', chars);
  return flat.slice(0, end > chars / 3 ? end + 1 : chars);
};
// Short reports of one event that all give different tallies and share wire copy: every pair of them conflicts and
// is syndicated (the case whose briefing grew past 512 MB).
function differingReports(n) {
  const seed = ecb.find((a) => a.story === '12ecb' && /23 Somalian pirates/.test(a.text));
  return Array.from({ length: n }, (_, i) => ({
    title: `${seed.title} (${i + 1})`,
    outlet: `Outlet ${i + 1}`,
    published: `2008-12-${String(1 + (i % 28)).padStart(2, '0')}`,
    text: cut(seed.text.replace(/\b23\b/g, String(10 + (i % 90))), 300) + ` Officials said ${100 + i} sailors took part.`,
  }));
}
// Short leads of real ECB+ articles, many stories mixed (a pile that outgrew one briefing), numbered to stay distinct.
function realLeads(n) {
  return Array.from({ length: n }, (_, i) => {
    const a = ecb[i % ecb.length];
    return { title: a.title.slice(0, 120), outlet: `Paper ${i % 300}`, text: `${cut(a.text, 350)} (Report ${i + 1}.)` };
  });
}
// Real article text repeated to about `bytes` of JSON body ({"text": …}), just under the server's 32 MiB limit.
function hugeText(bytes, ending = '') {
  const parts = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const text = ecb[i % ecb.length].text;
    parts.push(text);
    length += JSON.stringify(text).length + 4;
  }
  let text = parts.join('\n\n') + ending;
  const over = Buffer.byteLength(JSON.stringify([{ text }])) - bytes;
  if (over > 0) text = text.slice(over + 100);
  return text;
}

// ---- the server ---------------------------------------------------------------------------------------------------
function startServer(dataDir) {
  const compiled = join(ROOT, 'dist/src/cli/main.js');
  const argv = [
    '--input-type=module',
    '-e',
    `const { main } = await import(${JSON.stringify(compiled)}); process.exitCode = await main(process.argv.slice(1));`,
    '--',
    ...['serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--rate-limit', '0', '--log-level', process.env.ABUSE_LOG ?? 'warn'],
  ];
  const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', process.env.ABUSE_LOG ? 'pipe' : 'inherit'] });
  if (process.env.ABUSE_LOG) child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}
const peakRssMb = (pid) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const rssMb = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function call(method, url, body) {
  const response = await fetch(url, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return { response, text, json: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null };
}
const run = (options) => new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
// A load that runs until stopped.
function startLoad(options) {
  let instance;
  const done = new Promise((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  return { stop: () => instance.stop(), done };
}
// One GET on a new connection (a new client), timed to the end of the body.
function timedGet(target) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get(target, { agent: false }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => resolve({ status: response.statusCode, ms: performance.now() - started }));
    }).on('error', reject);
  });
}
// Requests per second of GETs on `connections` keep-alive connections for `seconds` (a plain Node client: autocannon's
// own parsing limits it on large bodies, and a browser-like client is what pages are for).
async function requestsPerSecond(target, seconds, connections = 10) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const end = performance.now() + seconds * 1000;
  let done = 0;
  const loop = () =>
    new Promise((resolve, reject) => {
      const next = () => {
        if (performance.now() >= end) return resolve();
        get(target, { agent }, (response) => {
          response.on('data', () => undefined);
          response.on('end', () => {
            done += 1;
            next();
          });
        }).on('error', reject);
      };
      next();
    });
  await Promise.all(Array.from({ length: connections }, loop));
  agent.destroy();
  return done / seconds;
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// ---- the store, filled beforehand: 20,000 articles to search, and ten stories to brief at once ------------------
const loadStart = loadavg();
const dataDir = mkdtempSync(join(tmpdir(), 'corroborate-abuse-'));
const fillStarted = performance.now();
{
  const docs = [];
  for (const c of readClusterFile(LONGBENCH)) docs.push(...c.documents);
  for (const a of ecb) docs.push(a.text);
  for (const c of readClusterFile(PLUS_VAL, 6000)) docs.push(...c.documents);
  const store = openSqliteStore(dataDir, { synchronous: 'normal' });
  for (let added = 0; added < STORED; ) {
    const story = await store.createStory(`Search story ${added / 50 + 1}`);
    const batch = docs.slice(added % docs.length, (added % docs.length) + 50).map((text, k) => ({
      title: null,
      outlet: null,
      url: null,
      published: null,
      byline: null,
      format: 'text',
      origin: 'bench',
      text: `${text}\nStored copy ${added + k}.`,
    }));
    await store.addArticles(story.id, batch);
    added += batch.length;
  }
  for (let s = 0; s < 10; s++) {
    const story = await store.createStory(`Heavy ${s + 1}`);
    const articles = ecb
      .slice(s * 90, s * 90 + 150)
      .map((a) => ({ title: a.title, outlet: null, url: null, published: null, byline: null, format: 'text', origin: 'bench', text: a.text }));
    await store.addArticles(story.id, articles);
  }
  await store.close();
}
const fillSeconds = (performance.now() - fillStarted) / 1000;

const { child, url } = await startServer(dataDir);
const rows = [];
const say = (what, figure, target = '') => rows.push({ what, figure, target });
try {
  const stories = (await call('GET', `${url}/api/stories?limit=500`)).json.stories;
  const heavy = stories.filter((s) => /^Heavy /.test(s.title)).map((s) => s.id);

  // 1. Big stories through the API.
  const bigStories = [
    ...SIZES.map((n, i) => ({
      label: `${n} ${i === 0 ? 'differing reports' : 'real ECB+ leads'} (~350 chars)`,
      articles: i === 0 ? differingReports(n) : realLeads(n),
    })),
    {
      label: `2 articles sent as ${(HUGE_BYTES / 2 ** 20).toFixed(1)} MiB bodies`,
      articles: [{ text: hugeText(HUGE_BYTES) }, { text: hugeText(HUGE_BYTES, ' A different ending.') }],
    },
  ];
  const briefed = [];
  for (const big of bigStories) {
    const story = (await call('POST', `${url}/api/stories`, { title: big.label })).json;
    const inputChars = big.articles.reduce((sum, a) => sum + a.text.length, 0);
    const addStarted = performance.now();
    const perRequest = big.articles.length > 2 ? 100 : 1;
    for (let i = 0; i < big.articles.length; i += perRequest)
      await call('POST', `${url}/api/stories/${story.id}/articles`, big.articles.slice(i, i + perRequest));
    const addSeconds = (performance.now() - addStarted) / 1000;
    const started = performance.now();
    const { text } = await call('GET', `${url}/api/stories/${story.id}/briefing`);
    const briefSeconds = (performance.now() - started) / 1000;
    const briefing = JSON.parse(text);
    const alive = (await fetch(`${url}/api/health`)).status === 200;
    const notes = briefing.diagnostics
      .filter((d) => ['briefing-budget', 'briefing-capped', 'article-cut', 'briefing-time-budget'].includes(d.code))
      .map((d) => d.code);
    briefed.push({ id: story.id, label: big.label });
    say(
      `${big.label}: add ${addSeconds.toFixed(1)} s, brief ${briefSeconds.toFixed(1)} s, ${briefing.sources.length} sources briefed`,
      `JSON ${(text.length / 1e6).toFixed(2)} MB = ${(text.length / inputChars).toFixed(2)}x text (${(inputChars / 1e6).toFixed(2)} M chars); server ${alive ? 'alive' : 'DOWN'}; ${[...new Set(notes)].join(', ') || 'no budget note'}`,
      'server alive, JSON <= 20x text',
    );
  }

  // 2. Health while ten heavy briefings run. The server's own event-loop delay over the phase (its histogram is
  // reset by each scrape of /metrics) tells a blocked loop from a machine whose other processes take the CPUs.
  const lag = async () => {
    const text = (await call('GET', `${url}/metrics`)).text;
    const read = (name) => Number(new RegExp(`^corroborate_nodejs_eventloop_lag_${name}_seconds (\\S+)`, 'm').exec(text)?.[1] ?? Number.NaN) * 1000;
    return { p99: read('p99'), max: read('max') };
  };
  await lag();
  const healthRun = startLoad({ url: `${url}/api/health`, connections: 4, duration: 600 });
  const heavyStarted = performance.now();
  const heavyResults = await Promise.all(heavy.map((id) => fetch(`${url}/api/stories/${id}/briefing`).then((r) => r.status)));
  const heavySeconds = (performance.now() - heavyStarted) / 1000;
  healthRun.stop();
  const health = await healthRun.done;
  const loop = await lag();
  say(
    `/api/health during 10 concurrent briefings of 150 ECB+ articles (${heavySeconds.toFixed(1)} s, statuses ${[...new Set(heavyResults)].join('/')})`,
    `p50 ${health.latency.p50} ms, p99 ${health.latency.p99} ms, max ${health.latency.max} ms, ${health.requests.total} requests; ` +
      `server event-loop delay p99 ${loop.p99.toFixed(0)} ms, max ${loop.max.toFixed(0)} ms`,
    'p99 < 50 ms',
  );

  // 3. A 256-connection burst on an uncached story page, then one request.
  const burstStory = (await call('POST', `${url}/api/stories`, { title: 'burst' })).json;
  await call('POST', `${url}/api/stories/${burstStory.id}/articles`, realLeads(300).slice(0, 100));
  await call('POST', `${url}/api/stories/${burstStory.id}/articles`, realLeads(300).slice(100, 200));
  const burst = await run({ url: `${url}/stories/${burstStory.id}`, connections: 256, duration: 3, timeout: 2 });
  const after = [];
  for (const [label, path] of [
    ['/api/health', '/api/health'],
    ['a cached briefing', `/api/stories/${briefed[0].id}/briefing`],
    ['the start page', '/'],
  ]) {
    const { status, ms } = await timedGet(`${url}${path}`);
    after.push(`${label} ${status} in ${ms.toFixed(0)} ms`);
  }
  say(
    `next request after 256 connections for 3 s on an uncached story page (${burst.requests.total} answered, ${burst.timeouts} timed out)`,
    after.join(', '),
    '< 1 s',
  );

  // 4. One-to-three-letter searches.
  const queries = [
    ...'abcdefghijklmnopqrstuvwxyz',
    'an',
    'in',
    'th',
    'to',
    'of',
    'on',
    'he',
    'is',
    'at',
    'it',
    'the',
    'and',
    'tal',
    'pre',
    'con',
    'sta',
    'wor',
    'new',
    'com',
    'for',
  ];
  const latencies = [];
  for (let rep = 0; rep < 3; rep++) {
    for (const q of queries) {
      const started = performance.now();
      await call('GET', `${url}/api/stories?q=${encodeURIComponent(q)}`);
      latencies.push(performance.now() - started);
      if (process.env.ABUSE_LOG && latencies.at(-1) > 1000) console.error(`slow search ${q}: ${latencies.at(-1).toFixed(0)} ms`);
    }
  }
  // The same queries through the store in this process: CPU time per query, which the machine's load does not inflate.
  const reader = openSqliteStore(dataDir);
  const cpuTimes = [];
  for (let rep = 0; rep < 3; rep++) {
    for (const q of queries) {
      const before = process.cpuUsage();
      await reader.listStories({ query: q, limit: 50 });
      const used = process.cpuUsage(before);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  }
  await reader.close();
  say(
    `search, ${queries.length} one-to-three-letter queries x3 over ${STORED.toLocaleString('en-US')} stored articles`,
    `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms; ` +
      `CPU per query in-process p50 ${percentile(cpuTimes, 50).toFixed(1)} ms, p99 ${percentile(cpuTimes, 99).toFixed(1)} ms`,
    'p99 < 200 ms',
  );

  // 5. Cached page against cached JSON.
  const example = (await call('POST', `${url}/api/stories`, { title: 'example' })).json;
  const exampleDir = join(ROOT, 'examples/baghdad-2007');
  const exampleArticles = [
    'milestone-us-iran-talks-minimal-progress.txt',
    'us-envoy-cites-similarity-with-iran.txt',
    'us-iran-talks-focus-on-iraq-security.txt',
  ]
    .filter((name) => existsSync(join(exampleDir, name)))
    .map((name) => ({ text: readFileSync(join(exampleDir, name), 'utf8') }));
  await call('POST', `${url}/api/stories/${example.id}/articles`, exampleArticles);
  for (const { id, label } of [
    { id: example.id, label: 'the 3-article example' },
    { id: briefed[0].id, label: briefed[0].label },
  ]) {
    await call('GET', `${url}/api/stories/${id}/briefing`);
    await call('GET', `${url}/stories/${id}`);
    // Alternating runs, so that a change in the machine's load hits both alike; the medians are compared.
    const json = [];
    const page = [];
    for (let round = 0; round < 3; round++) {
      json.push(await requestsPerSecond(`${url}/api/stories/${id}/briefing`, 3));
      page.push(await requestsPerSecond(`${url}/stories/${id}`, 3));
    }
    const median = (values) => [...values].sort((a, b) => a - b)[1];
    say(
      `cached story page vs cached JSON, ${label} (10 keep-alive connections, 3 x 3 s each, alternating)`,
      `page ${Math.round(median(page))} req/s, JSON ${Math.round(median(json))} req/s (medians): ${((100 * median(page)) / median(json)).toFixed(0)}%`,
      '>= 50%',
    );
  }

  say('server peak RSS over the whole run (VmHWM)', `${peakRssMb(child.pid).toFixed(0)} MB (now ${rssMb(child.pid).toFixed(0)} MB)`, '<= 1,024 MB');
  console.log(
    `load average at start ${loadStart.map((l) => l.toFixed(1)).join(' ')}, at end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `corroborate abuse bench · compiled server in its own process (worker pool, no rate limit) · loopback · ${cpus().length} CPUs · node ${process.version}${quick ? ' · --quick' : ''}`,
  );
  console.log(`store filled beforehand with ${STORED.toLocaleString('en-US')} articles to search and 10 stories of 150 in ${fillSeconds.toFixed(1)} s`);
  for (const row of rows) console.log(`- ${row.what}\n    ${row.figure}${row.target ? `   [target: ${row.target}]` : ''}`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
