// Test support only: the example story read from examples/baghdad-2007/ and cleaned by hand, with an
// evidence builder whose offsets are real slices of the cleaned text.
import { readFileSync } from 'node:fs';
import type { Evidence, SourceId } from '../../model/index.js';

const EXAMPLE_DIR = new URL('../../../examples/baghdad-2007/', import.meta.url);

interface ExampleFile {
  readonly id: SourceId;
  readonly file: string;
  /** The headline line; lines before it are boilerplate too. */
  readonly title: string;
  readonly boilerplate: readonly string[];
}

const FILES: readonly ExampleFile[] = [
  { id: 'S1', file: 'milestone-us-iran-talks-minimal-progress.txt', title: 'Milestone U.S.-Iran Talks Make Minimal Progress', boilerplate: [] },
  {
    id: 'S2', file: 'us-envoy-cites-similarity-with-iran.txt', title: "U.S. Envoy Cites 'Similarity' with Iran on Iraq",
    boilerplate: ['Play Live Radio', 'Next Up:', '0:00', '0:00', 'Available On Air Stations', 'Watch Live', 'National',
      'Analysis from Abbas Milani of Stanford University', 'Advertisement', 'Advertisement', 'Copyright 2022 NPR. To see more, visit https://www.npr.org.'],
  },
  { id: 'S3', file: 'us-iran-talks-focus-on-iraq-security.txt', title: 'US-Iran talks focus on Iraq security', boilerplate: ['iran us meeting 298 (photo credit: AP)', 'iran us meeting 298', '(photo credit: AP)'] },
];

export interface ExampleText {
  readonly id: SourceId;
  readonly title: string;
  readonly text: string;
  readonly removed: readonly string[];
}

/** Reads the three example articles; the title line, listed boilerplate and repeated lines are removed. */
export function readExampleTexts(): ExampleText[] {
  return FILES.map(({ id, file, title, boilerplate }) => {
    const lines = readFileSync(new URL(file, EXAMPLE_DIR), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    const body = lines.filter((line) => line !== title);
    const pending = [...boilerplate];
    const kept: string[] = [];
    const removed: string[] = [];
    for (const line of body) {
      const index = pending.indexOf(line);
      if (index >= 0 || kept.includes(line)) {
        if (index >= 0) pending.splice(index, 1);
        removed.push(line);
      } else {
        kept.push(line);
      }
    }
    return { id, title, text: kept.join('\n\n'), removed };
  });
}

/** Returns evidence for the first occurrence of `needle` in the text; throws when it is not there. */
export function findEvidence(source: SourceId, text: string, needle: string): Evidence {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: ${source} does not contain ${JSON.stringify(needle.slice(0, 60))}`);
  const before = text.slice(0, start);
  const sentence = (before.match(/[.!?]["”']?\s+(?=["“A-Z])|\n\n/g) ?? []).length;
  return { source, sentence, start, end: start + needle.length, text: needle };
}

/** Counts whole-word occurrences of any of the names in the text. */
export function countMentions(text: string, names: readonly string[]): number {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w-])(?:${sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');
  return (text.match(pattern) ?? []).length;
}

/** Number of words (runs of letters/digits) in the text. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
