#!/usr/bin/env node
// Build step (run by `npm run prepare`): extracts from compromise's model the word lists the analyzer
// reads (its lexicon with tags, organization and place head words) into src/analyze/generated/, so the
// analyzer loads a JSON file in milliseconds instead of compromise itself (~0.6 s at every start).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const model = nlp.model();
const lexicon = {};
for (const word of Object.keys(model.one.lexicon).sort()) {
  const tags = model.one.lexicon[word];
  lexicon[word] = typeof tags === 'string' ? tags : [...tags];
}
const trueKeys = (record) =>
  Object.keys(record)
    .filter((key) => record[key] === true)
    .sort();
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'analyze', 'generated', 'compromise-lexicon.json');
mkdirSync(dirname(out), { recursive: true });
const version = JSON.parse(
  await (await import('node:fs/promises'))
    .readFile(join(dirname(fileURLToPath(import.meta.resolve('compromise'))), '..', 'package.json'), 'utf8')
    .catch(() => '{"version":"unknown"}'),
).version;
writeFileSync(
  out,
  `${JSON.stringify({ source: `compromise ${version}`, lexicon, orgWords: trueKeys(model.two.orgWords), placeWords: trueKeys(model.two.placeWords) })}\n`,
);
console.log(`build-lexicon: ${Object.keys(lexicon).length} words from compromise ${version} -> ${out}`);
