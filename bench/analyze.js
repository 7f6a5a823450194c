#!/usr/bin/env node
// Speed of analyzeDocument on the Multi-News LongBench sample (570 documents), on the compiled dist/.
// Usage: npx tsc -p . && node bench/analyze.js [--limit N] [--repeat R]
// Prints MB/s and words/s for the whole analysis, then the cost each extractor adds to the core step
// (sentences, tokens, words, terms), measured by adding the steps one at a time in analyzeDocument's order.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA, option, readClusterFile } from './common.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, DEFAULT_DATA);
const limit = Number(option('limit', 'Infinity'));
const repeat = Number(option('repeat', '5'));
const dist = join(root, 'dist', 'src');
const { analyzeDocument } = await import(join(dist, 'analyze/index.js'));
const { splitSentenceSpans } = await import(join(dist, 'analyze/02-sentences.js'));
const { wordsOf, termsOf } = await import(join(dist, 'analyze/03-terms.js'));
const { extractEntities } = await import(join(dist, 'analyze/04-entities.js'));
const { extractQuotes } = await import(join(dist, 'analyze/05-quotes.js'));
const { extractDates } = await import(join(dist, 'analyze/06-dates.js'));
const { extractNumbers } = await import(join(dist, 'analyze/07-numbers.js'));
const { cleanArticle } = await import(join(dist, 'clean/index.js'));

const clusters = readClusterFile(data);
const texts = clusters.flatMap((cluster) => cluster.documents).slice(0, limit);
// Stories whose documents are all or partly in the sample.
let stories = 0;
for (let seen = 0; seen < texts.length && stories < clusters.length; stories++) seen += clusters[stories].documents.length;
const docs = texts.map(
  (text, index) =>
    cleanArticle({
      id: `S${index + 1}`,
      title: null,
      outlet: null,
      url: null,
      published: '2015-06-01',
      byline: null,
      origin: 'bench',
      format: 'multinews',
      text,
    }).article,
);
const bytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);
const words = docs.reduce((sum, doc) => sum + (doc.text.match(/\S+/g)?.length ?? 0), 0);

// CPU time of this process (the fastest run is kept): on a shared machine wall time mostly measures the neighbours.
function measure(run) {
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1e6;
}

function print(label, seconds, extra = '') {
  const rate = `${(bytes / 1e6 / seconds).toFixed(2).padStart(6)} MB/s  ${Math.round(words / seconds)
    .toLocaleString('en-US')
    .padStart(9)} words/s`;
  console.log(`${label.padEnd(30)} ${(seconds * 1000).toFixed(0).padStart(6)} ms cpu  ${rate}${extra}`);
}

// The steps of analyzeDocument, cut after the given number of extractors.
function runSteps(extractors) {
  for (const doc of docs) {
    const spans = splitSentenceSpans(doc.text);
    for (const span of spans) {
      wordsOf(span.tokens);
      termsOf(span.tokens);
    }
    if (extractors < 1) continue;
    const findings = extractEntities(doc.text, spans, doc.article.id);
    if (extractors < 2) continue;
    extractQuotes(doc.text, spans, findings, doc.article.id);
    if (extractors < 3) continue;
    const dates = extractDates(doc.text, spans, doc.article.id, doc.article.published);
    if (extractors < 4) continue;
    extractNumbers(doc.text, spans, doc.article.id, dates);
  }
}

// One untimed pass so that the timings below measure compiled code, not the JIT warming up.
const counts = { entities: 0, quotes: 0, dates: 0, numbers: 0 };
// That pass is timed too: the first reading of new text, with the JIT and the memos (stems, terms, lexicon) still cold.
const first = measure(() => {
  for (const doc of docs) {
    const analyzed = analyzeDocument(doc);
    for (const key of Object.keys(counts)) counts[key] += analyzed[key].length;
  }
});
console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB cleaned text, ${words.toLocaleString('en-US')} words; fastest of ${repeat} runs`);
const steps = ['core: sentences, words, terms', '+ entities (compromise lexicon)', '+ quotes and speakers', '+ dates (chrono)', '+ numbers'];
// Runs interleaved, so that heap growth and the neighbours' load fall on every variant alike.
const whole = [];
const partial = steps.map(() => []);
for (let r = 0; r < repeat; r++) {
  whole.push(measure(() => docs.forEach((doc) => analyzeDocument(doc))));
  steps.forEach((_, extractors) => partial[extractors].push(measure(() => runSteps(extractors))));
}
const perStory = (seconds) => `  ${((seconds * 1000) / stories).toFixed(2)} ms/story (${stories} stories)`;
print('analyzeDocument, first pass', first, perStory(first));
print('analyzeDocument', Math.min(...whole), perStory(Math.min(...whole)));
let previous = 0;
steps.forEach((label, extractors) => {
  const seconds = Math.min(...partial[extractors]);
  print(label, seconds, extractors > 0 ? `  (+${((seconds - previous) * 1000).toFixed(0)} ms)` : '');
  previous = seconds;
});
const per = (n) => (n / docs.length).toFixed(1);
console.log(`per document: ${per(counts.entities)} entities, ${per(counts.quotes)} quotes, ${per(counts.dates)} dates, ${per(counts.numbers)} numbers`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
