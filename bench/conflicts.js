#!/usr/bin/env node
// Planted-conflict benchmark for the cross-source analysis (issue 3).
// Takes Multi-News clusters (original text), plants one known contradiction at a time in one copy of a fact
// that another source also reports (a number, a date, a speaker, a negated clause), runs compareSources and
// prints the recall of planted conflicts, the conflicts reported on the unmodified clusters, and the speed.
// Usage: node --import tsx bench/conflicts.js [--split tune|test|all] [--limit N] [--per-cluster N] [--verbose] [--show-false]
//        node bench/conflicts.js --dist ...   (compiled package: npm run build first)
// Split: "tune" = clusters 0-99 (thresholds were tuned there), "test" = clusters 100-199 (report these).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DEFAULT_DATA, flag, option, readClusterFile } from './common.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const base = flag('dist') ? `${root}/dist/src` : `${root}/src`;
const ext = flag('dist') ? 'js' : 'ts';
const { cleanArticle } = await import(`${base}/clean/index.${ext}`);
const { analyzeDocument, findSpeaker } = await import(`${base}/analyze/index.${ext}`);
const { compareSources } = await import(`${base}/compare/index.${ext}`);
const { summarize } = await import(`${base}/summarize/index.${ext}`);

const data = resolve(root, option('data', DEFAULT_DATA));
const split = option('split', 'test');
const limit = Number(option('limit', 'Infinity'));
const verbose = flag('verbose');
const showFalse = flag('show-false');
const perCluster = Number(option('per-cluster', '2'));
const all = readClusterFile(data);
const range = split === 'tune' ? [0, 100] : split === 'test' ? [100, 200] : [0, all.length];
const clusters = all.slice(range[0], range[1]).slice(0, limit);

// 1. Cleaned and analyzed documents of a cluster (no publication dates in Multi-News).
function prepare(documents) {
  const cleaned = [];
  documents.forEach((text, index) => {
    const article = { id: `S${index + 1}`, title: null, outlet: null, url: null, published: null, byline: null, origin: `doc${index}`, format: 'text', text };
    const clean = cleanArticle(article).article;
    if (clean.text.trim() !== '') cleaned.push(clean);
  });
  return cleaned;
}
const analyze = (clean) => analyzeDocument(clean);

// 2. Sentence pairs across sources that report the same thing, found independently of the aligner:
//    Dice overlap of content words (at least 0.5 and 5 shared words).
const STOP = new Set(
  'the a an and or but of to in on at for with by from as that this is are was were be been has have had he she it they his her their its said says will would not no who which when what after before than then also about into over more most'.split(
    ' ',
  ),
);
function contentWords(text) {
  return new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => word.length > 2 && !STOP.has(word)));
}
function findSharedPairs(docs) {
  const pairs = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = 0; j < docs.length; j++) {
      if (i === j) continue;
      for (const a of docs[i].sentences) {
        const wordsA = contentWords(a.text);
        if (wordsA.size < 5) continue;
        for (const b of docs[j].sentences) {
          const wordsB = contentWords(b.text);
          let shared = 0;
          for (const word of wordsA) if (wordsB.has(word)) shared++;
          const dice = (2 * shared) / (wordsA.size + wordsB.size);
          if (shared >= 5 && dice >= 0.5) pairs.push({ a: i, b: j, sa: a, sb: b, dice });
        }
      }
    }
  }
  return pairs.sort((x, y) => y.dice - x.dice || x.a - y.a || x.b - y.b || x.sa.index - y.sa.index || x.sb.index - y.sb.index);
}

// 3. Plants: each returns { doc (index), start, end (sentence span after the edit), text (new document text), kinds }.
const inside = (mention, sentence) => mention.start >= sentence.start && mention.end <= sentence.end;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const APPROXIMATE =
  /(?:about|around|almost|nearly|more than|over|at least|up to|some|roughly|approximately|fewer than|less than|under|as many as|dozens|hundreds|thousands)\s*$/i;
function replaceIn(text, start, end, replacement) {
  return text.slice(0, start) + replacement + text.slice(end);
}
function edited(docs, j, sentence, at, length, replacement) {
  const doc = docs[j];
  return {
    doc: j,
    sentence: sentence.index,
    start: sentence.start,
    end: sentence.end + replacement.length - length,
    text: replaceIn(doc.text, at, at + length, replacement),
  };
}

function plantNumber(docs, pairs, _used) {
  for (const { a, b, sa, sb } of pairs) {
    for (const ma of docs[a].numbers.filter((m) => inside(m, sa) && m.unit)) {
      const mb = docs[b].numbers.find((m) => inside(m, sb) && m.unit === ma.unit && m.value === ma.value && !m.approximate);
      if (!mb || ma.approximate || (mb.value >= 1800 && mb.value <= 2100)) continue;
      // Figures glued to letters are names ("2Day FM"), not quantities.
      if (/\d\p{L}|\p{L}\d/u.test(docs[b].text.slice(mb.start - 1, mb.end + 1).replace(/\d+(?:st|nd|rd|th)\b/g, ''))) continue;
      if (APPROXIMATE.test(docs[b].text.slice(Math.max(0, mb.start - 20), mb.start))) continue;
      const digits = /\d[\d,]*(?:\.\d+)?/.exec(mb.text);
      // Change the written figure itself ("3.7" in "3.7 million"), well outside any rounding.
      const written = digits ? Number(digits[0].replace(/,/g, '')) : mb.value;
      const value = written < 10 ? written + 3 : Math.round(written * 1.5) + 1;
      if (digits) {
        const formatted = digits[0].includes(',') ? value.toLocaleString('en-US') : String(value);
        return {
          ...edited(docs, b, sb, mb.start + digits.index, digits[0].length, formatted),
          other: a,
          otherSentence: sa.index,
          what: `${mb.text} -> ${formatted}`,
        };
      }
      const word = new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b`, 'i').exec(mb.text);
      if (word && value < NUMBER_WORDS.length) {
        const replacement = /^[A-Z]/.test(word[1]) ? NUMBER_WORDS[value][0].toUpperCase() + NUMBER_WORDS[value].slice(1) : NUMBER_WORDS[value];
        return {
          ...edited(docs, b, sb, mb.start + word.index, word[1].length, replacement),
          other: a,
          otherSentence: sa.index,
          what: `${mb.text} -> ${replacement}`,
        };
      }
    }
  }
  return null;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function shiftDate(text) {
  const weekday = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(text);
  if (weekday) return { index: weekday.index, length: weekday[1].length, replacement: WEEKDAYS[(WEEKDAYS.indexOf(weekday[1]) + 2) % 7] };
  const month = new RegExp(`\\b(${MONTHS.join('|')})\\b`).exec(text);
  if (month) return { index: month.index, length: month[1].length, replacement: MONTHS[(MONTHS.indexOf(month[1]) + 3) % 12] };
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(text);
  if (year) return { index: year.index, length: 4, replacement: String(Number(year[1]) - 3) };
  return null;
}
function plantDate(docs, pairs, _used) {
  for (const { a, b, sa, sb } of pairs) {
    for (const da of docs[a].dates.filter((d) => inside(d, sa))) {
      const db = docs[b].dates.find((d) => inside(d, sb) && d.text.toLowerCase() === da.text.toLowerCase());
      if (!db) continue;
      const shift = shiftDate(db.text);
      if (!shift) continue;
      return {
        ...edited(docs, b, sb, db.start + shift.index, shift.length, shift.replacement),
        other: a,
        otherSentence: sa.index,
        what: `${db.text} -> ${shift.replacement}`,
      };
    }
  }
  return null;
}

// Planted speakers are people of no story: a full name the analyzer reads as a person.
const PLANTED_NAMES = ['Daniel Harrington', 'Maria Okafor'];
function plantSpeaker(docs, pairs, _used) {
  const surname = (name) =>
    name
      .split(/\s+/)
      .pop()
      .replace(/['’]s$/, '');
  for (const { a, b, sa, sb } of pairs) {
    const speakerA = findSpeaker(sa.text);
    const speakerB = findSpeaker(sb.text);
    if (!speakerA || !speakerB || surname(speakerA) !== surname(speakerB)) continue;
    // Only people are replaced: "according to the CDC" has no person to swap.
    if (!docs[b].entities.some((e) => e.type === 'person' && e.text.includes(surname(speakerB)))) continue;
    const at = sb.text.indexOf(speakerB);
    if (at < 0) continue;
    const replacement = PLANTED_NAMES.find((name) => !docs.some((doc) => doc.text.includes(surname(name))));
    if (!replacement) continue;
    return { ...edited(docs, b, sb, sb.start + at, speakerB.length, replacement), other: a, otherSentence: sa.index, what: `${speakerB} -> ${replacement}` };
  }
  return null;
}

const AUXILIARY =
  /\b(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b(?!\s+(?:not|n't|never)\b)\s+(?:(?:been|being|be|also|still|now|already)\s+)?([a-z]{3,})/g;
const NEGATED = /\b(?:not|no|never|n't|neither|nor|without)\b|n't\b/i;
function plantNegation(docs, pairs, _used) {
  for (const { a, b, sa, sb, dice } of pairs) {
    if (dice < 0.6 || NEGATED.test(sa.text) || NEGATED.test(sb.text)) continue;
    const plain = sb.text.replace(/[“"][^”"]*[”"]/g, (quoted) => ' '.repeat(quoted.length));
    // Negate a predicate the other source also states: the word after the auxiliary is in its sentence too.
    const shared = contentWords(sa.text);
    const aux = [...plain.matchAll(AUXILIARY)].find((match) => shared.has(match[2]) && !STOP.has(match[2]));
    if (!aux) continue;
    const at = sb.start + aux.index + aux[1].length;
    return { ...edited(docs, b, sb, at, 0, ' not'), other: a, otherSentence: sa.index, what: `${aux[1]} -> ${aux[1]} not` };
  }
  return null;
}

const PLANTS = [
  { name: 'number', kinds: ['number'], plant: plantNumber },
  { name: 'date', kinds: ['date'], plant: plantDate },
  { name: 'speaker', kinds: ['attribution'], plant: plantSpeaker },
  { name: 'negation', kinds: ['negation'], plant: plantNegation },
];

// 4. Was the planted conflict reported? A conflict of the right kind with one side on the edited sentence
//    and another side in a different source.
function detected(conflicts, planted, kinds, sources) {
  const bSource = sources[planted.doc];
  return conflicts.some((conflict) => {
    if (!kinds.includes(conflict.kind)) return false;
    const onEdit = conflict.sides.findIndex((side) => side.evidence.some((e) => e.source === bSource && e.start < planted.end && e.end > planted.start));
    if (onEdit < 0) return false;
    return conflict.sides.some((side, index) => index !== onEdit && side.evidence.some((e) => e.source !== bSource));
  });
}

function reanalyze(cleaned, planted) {
  return cleaned.map((clean, index) => (index === planted.doc ? analyze({ ...clean, text: planted.text }) : null));
}

const stats = Object.fromEntries(PLANTS.map((p) => [p.name, { planted: 0, found: 0 }]));
const falseByKind = {};
let unmodifiedConflicts = 0;
let usable = 0;
let compareMs = 0;
let prepareMs = 0;
let summarizeMs = 0;
for (const [offset, cluster] of clusters.entries()) {
  const number = range[0] + offset;
  const t0 = performance.now();
  const cleaned = prepare(cluster.documents);
  const docs = cleaned.map(analyze);
  const t1 = performance.now();
  summarize(docs, { words: 250 });
  const t2 = performance.now();
  if (docs.length < 2) continue;
  usable++;
  const baseline = compareSources(docs, cleaned);
  const t3 = performance.now();
  prepareMs += t1 - t0;
  summarizeMs += t2 - t1;
  compareMs += t3 - t2;
  unmodifiedConflicts += baseline.conflicts.length;
  for (const conflict of baseline.conflicts) {
    falseByKind[conflict.kind] = (falseByKind[conflict.kind] ?? 0) + 1;
    if (showFalse) {
      console.log(`[cluster ${number}] ${conflict.kind}: ${conflict.note}`);
      for (const side of conflict.sides) console.log(`    ${side.sources.join(',')}: ${side.claim.slice(0, 220)}`);
    }
  }
  const pairs = findSharedPairs(docs);
  const sources = docs.map((doc) => doc.source);
  for (const plant of PLANTS) {
    const used = new Set();
    for (let round = 0; round < perCluster; round++) {
      const planted = plant.plant(
        docs,
        pairs.filter((pair) => !used.has(`${pair.b}:${pair.sb.index}`) && !used.has(`${pair.a}:${pair.sa.index}`)),
        used,
      );
      if (!planted) break;
      used.add(`${planted.doc}:${planted.sentence}`);
      used.add(`${planted.other}:${planted.otherSentence}`);
      const redone = reanalyze(cleaned, planted);
      const modified = docs.map((doc, index) => redone[index] ?? doc);
      const result = compareSources(modified, cleaned);
      const found = detected(result.conflicts, planted, plant.kinds, sources);
      stats[plant.name].planted++;
      if (found) stats[plant.name].found++;
      if (verbose && !found) {
        const sentence = planted.text.slice(planted.start, planted.end);
        const other = docs[planted.other];
        console.log(`[cluster ${number}] MISSED ${plant.name} in ${sources[planted.doc]} (${planted.what}): ${sentence.slice(0, 200)}`);
        console.log(`    vs ${other.source}: ${other.sentences[planted.otherSentence].text.slice(0, 200)}`);
      }
    }
  }
}

const total = Object.values(stats).reduce((sum, s) => ({ planted: sum.planted + s.planted, found: sum.found + s.found }), { planted: 0, found: 0 });
const percent = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`split ${split} (clusters ${range[0]}-${range[0] + clusters.length - 1}), ${usable} clusters with 2+ sources`);
for (const [name, s] of Object.entries(stats))
  console.log(`  ${name.padEnd(9)} planted ${String(s.planted).padStart(3)}  found ${String(s.found).padStart(3)}  recall ${percent(s.found, s.planted)}`);
console.log(
  `  all       planted ${String(total.planted).padStart(3)}  found ${String(total.found).padStart(3)}  recall ${percent(total.found, total.planted)}`,
);
console.log(
  `conflicts on unmodified clusters: ${unmodifiedConflicts} (${(unmodifiedConflicts / Math.max(1, usable)).toFixed(2)} per cluster) ${JSON.stringify(falseByKind)}`,
);
console.log(
  `speed per story: clean+analyze ${(prepareMs / Math.max(1, usable)).toFixed(1)} ms, summarize ${(summarizeMs / Math.max(1, usable)).toFixed(1)} ms, compareSources ${(compareMs / Math.max(1, usable)).toFixed(1)} ms`,
);
