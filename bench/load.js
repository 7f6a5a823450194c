#!/usr/bin/env node
// Load run against `corroborate serve` on loopback: requests/s and latency percentiles for getting a (cached)
// briefing and for adding an article. The server runs in its own process so autocannon does not share its event loop.
// Usage: node bench/load.js [--duration 10] [--connections 10] [--dist]   (runs src/ through tsx; --dist: the compiled build)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { flag, option } from './common.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const duration = Math.min(Number(option('duration', '10')), 60);
const connections = Number(option('connections', '10'));

function serverCommand(dataDir) {
  const serveArgs = ['serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir];
  const compiled = 'dist/src/cli/main.js';
  if (flag('dist') && existsSync(join(ROOT, compiled))) {
    return {
      label: compiled,
      argv: [
        '--input-type=module',
        '-e',
        `const { main } = await import(${JSON.stringify(join(ROOT, compiled))}); process.exitCode = await main(process.argv.slice(1));`,
        '--',
        ...serveArgs,
      ],
    };
  }
  return {
    label: 'src via tsx',
    argv: [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(join(ROOT, 'src/cli/main.ts'))}); process.exitCode = await main(process.argv.slice(1));`,
      '--',
      ...serveArgs,
    ],
  };
}

function startServer(dataDir) {
  const { label, argv } = serverCommand(dataDir);
  const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve({ child, url, label });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

async function call(method, url, body) {
  const response = await fetch(url, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status} ${await response.text()}`);
  return response.headers.get('content-type')?.includes('json') ? response.json() : response.text();
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, duration, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function describe(name, result) {
  const l = result.latency;
  return {
    name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': l.p50,
    'p97.5 ms': l.p97_5,
    'p99 ms': l.p99,
    'max ms': l.max,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'corroborate-load-'));
const { child, url, label } = await startServer(dataDir);
try {
  const examples = join(ROOT, 'examples/baghdad-2007');
  const story = await call('POST', `${url}/api/stories`, { title: 'US-Iran talks (load bench)' });
  const articles = readdirSync(examples)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ text: readFileSync(join(examples, name), 'utf8') }));
  await call('POST', `${url}/api/stories/${story.id}/articles`, articles);
  const started = performance.now();
  const briefing = await call('GET', `${url}/api/stories/${story.id}/briefing`);
  const firstMs = performance.now() - started;
  const briefingBytes = Buffer.byteLength(JSON.stringify(briefing));

  const getResult = await run({ url: `${url}/api/stories/${story.id}/briefing` });

  const target = await call('POST', `${url}/api/stories`, { title: 'load bench: writes' });
  const filler = articles[0].text.slice(0, 1500);
  let counter = 0;
  const postResult = await run({
    url: `${url}/api/stories/${target.id}/articles`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ title: `Load article ${++counter}`, text: `Report number ${counter}. ${filler}` }) }),
      },
    ],
  });
  const stored = await call('GET', `${url}/api/stories/${target.id}`);

  console.log(
    `corroborate load bench · server: ${label} · ${duration} s per run, ${connections} connections · loopback · ${cpus().length} CPUs · node ${process.version}`,
  );
  console.log(`first (uncached) briefing of the 3 example articles: ${firstMs.toFixed(0)} ms, ${briefingBytes} bytes of JSON`);
  console.table([describe('GET /api/stories/{id}/briefing (cached)', getResult), describe('POST /api/stories/{id}/articles (1 article, JSON)', postResult)]);
  console.log(`articles stored by the POST run: ${stored.articleCount} (each one an fsynced transaction, synchronous=FULL)`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
