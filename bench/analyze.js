#!/usr/bin/env node
// Speed of analyzeDocument on the Multi-News LongBench sample (570 documents), on the compiled dist/.
// Usage: npx tsc -p . && node bench/analyze.js [--limit N] [--repeat R]
// Prints MB/s and words/s for the whole analysis, for the sentence step alone, and per extractor.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, '..', 'shared', 'data', 'multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const limit = option('--limit', Infinity);
const repeat = option('--repeat', 1);

if (!existsSync(data)) {
  console.error(`bench/analyze: ${data} not found`);
  process.exit(1);
}
// tsconfig's rootDir decides whether sources compile to dist/src/… or dist/….
const dist = existsSync(join(root, 'dist/src/analyze/index.js')) ? join(root, 'dist/src') : join(root, 'dist');
const { analyzeDocument } = await import(join(dist, 'analyze/index.js'));
const { splitSentenceSpans } = await import(join(dist, 'analyze/02-sentences.js'));
const { wordsOf, termsOf } = await import(join(dist, 'analyze/03-terms.js'));
const { extractEntities } = await import(join(dist, 'analyze/04-entities.js'));
const { extractQuotes } = await import(join(dist, 'analyze/05-quotes.js'));
const { extractDates } = await import(join(dist, 'analyze/06-dates.js'));
const { extractNumbers } = await import(join(dist, 'analyze/07-numbers.js'));
const { cleanArticle } = await import(join(dist, 'clean/index.js'));

const texts = gunzipSync(readFileSync(data))
  .toString('utf8')
  .trim()
  .split('\n')
  .flatMap((line) => JSON.parse(line).documents)
  .slice(0, limit);
const docs = texts.map((text, index) =>
  cleanArticle({ id: `S${index + 1}`, title: null, outlet: null, url: null, published: '2015-06-01', byline: null, origin: 'bench', format: 'multinews', text }).article,
);
const bytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);
const words = docs.reduce((sum, doc) => sum + (doc.text.match(/\S+/g)?.length ?? 0), 0);

// Rates use this process's CPU time: on a shared machine wall time mostly measures the neighbours.
function time(label, run) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let r = 0; r < repeat; r++) run();
  const used = process.cpuUsage(cpu);
  const wall = Number(process.hrtime.bigint() - started) / 1e9 / repeat;
  const seconds = (used.user + used.system) / 1e6 / repeat;
  console.log(
    `${label.padEnd(28)} ${(seconds * 1000).toFixed(0).padStart(6)} ms cpu (${(wall * 1000).toFixed(0).padStart(6)} wall)  ${(bytes / 1e6 / seconds).toFixed(2).padStart(6)} MB/s  ${Math.round(words / seconds).toLocaleString('en-US').padStart(9)} words/s`,
  );
  return seconds;
}

// One untimed pass so that the timings below measure compiled code, not the JIT warming up.
for (const doc of docs) analyzeDocument(doc);
console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB cleaned text, ${words.toLocaleString('en-US')} words, repeat ${repeat}`);
const counts = { entities: 0, quotes: 0, dates: 0, numbers: 0 };
const all = time('analyzeDocument (all)', () => {
  for (const doc of docs) {
    const analyzed = analyzeDocument(doc);
    counts.entities += analyzed.entities.length;
    counts.quotes += analyzed.quotes.length;
    counts.dates += analyzed.dates.length;
    counts.numbers += analyzed.numbers.length;
  }
});
const core = time('  core: sentences, words, terms', () => {
  for (const doc of docs) for (const span of splitSentenceSpans(doc.text)) (wordsOf(span.tokens), termsOf(span.tokens));
});
const spans = [];
time('  sentences + tokens (wink)', () => {
  spans.length = 0;
  for (const doc of docs) spans.push(splitSentenceSpans(doc.text));
});
const findings = [];
time('  entities', () => {
  findings.length = 0;
  docs.forEach((doc, i) => findings.push(extractEntities(doc.text, spans[i], doc.article.id)));
});
time('  quotes', () => docs.forEach((doc, i) => extractQuotes(doc.text, spans[i], findings[i], doc.article.id)));
const dates = [];
time('  dates (chrono)', () => {
  dates.length = 0;
  docs.forEach((doc, i) => dates.push(extractDates(doc.text, spans[i], doc.article.id, doc.article.published)));
});
time('  numbers', () => docs.forEach((doc, i) => extractNumbers(doc.text, spans[i], doc.article.id, dates[i])));
console.log(`extractors (all − core): ${((all - core) * 1000).toFixed(0)} ms cpu, ${(bytes / 1e6 / (all - core)).toFixed(2)} MB/s; share of analyzeDocument ${(((all - core) / all) * 100).toFixed(0)}%`);
console.log('(per-extractor lines above reuse the words cached per sentence by the first of them, so they read low)');
const per = (n) => (n / repeat / docs.length).toFixed(1);
console.log(`per document: ${per(counts.entities)} entities, ${per(counts.quotes)} quotes, ${per(counts.dates)} dates, ${per(counts.numbers)} numbers`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
