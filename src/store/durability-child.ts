// Test support only: ingests numbered articles into a store as fast as it can, printing "ack <batch> <ids…>" after each
// committed transaction, until killed. Run by durability.test.ts as a child process.
import { writeSync } from 'node:fs';
import { openSqliteStore } from './sqlite-store.js';
import type { NewArticle } from './types.js';

const [dir, startArg, batchArg] = process.argv.slice(2);
if (!dir) throw new TypeError('durability-child: expected a store folder');
const start = Number(startArg ?? 0);
const batchSize = Number(batchArg ?? 1);
const store = openSqliteStore(dir);
const { story } = await store.ensureStory('durability');
const filler = 'Ambassadors met in Baghdad for four hours and discussed Iraqi security. '.repeat(30);

const article = (batch: number, i: number): NewArticle => ({
  title: `Article ${batch}.${i}`,
  outlet: 'Durability Wire',
  url: `https://example.com/durability/${batch}/${i}`,
  published: '2007-05-28',
  byline: null,
  format: 'text',
  origin: 'durability-child',
  text: `Batch ${batch} item ${i}. ${filler}`,
});

writeSync(1, `ready ${story.id}\n`);
for (let batch = start; ; batch += 1) {
  const results = await store.addArticles(
    story.id,
    Array.from({ length: batchSize }, (_, i) => article(batch, i)),
  );
  writeSync(1, `ack ${batch} ${results.map((r) => r.article.id).join(' ')}\n`);
}
