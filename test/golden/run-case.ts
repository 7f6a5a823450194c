import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefStory, prepareStory, type PreparedStory } from '../../src/brief.js';
import { ingestInputs } from '../../src/ingest/index.js';
import { readInputs } from '../../src/cli/read-inputs.js';
import { OUTPUT_FORMATS } from '../../src/render/index.js';
import type { Briefing } from '../../src/model/index.js';

/** A golden case: inputs (paths relative to the repository root) and brief options. */
export interface GoldenCase {
  readonly description: string;
  readonly inputs: readonly string[];
  readonly words?: number;
}

export interface GoldenRun {
  readonly story: PreparedStory;
  readonly briefing: Briefing;
  readonly json: string;
  readonly markdown: string;
}

export const GOLDEN_DIR = join(process.cwd(), 'test', 'golden');

/** Reads a case's `case.json`. */
export function readCase(name: string): GoldenCase {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, name, 'case.json'), 'utf8')) as GoldenCase;
}

/** Runs a golden case through the same path as `corroborate brief`. */
export async function runCase(golden: GoldenCase): Promise<GoldenRun> {
  const read = await readInputs(golden.inputs.map((input) => join(process.cwd(), input)), {});
  const ingested = ingestInputs(read.inputs);
  // Diagnostics name absolute paths; make them relative so the golden files are machine-independent.
  const relative = (text: string | undefined): string | undefined => text?.split(`${process.cwd()}/`).join('');
  const diagnostics = [...read.diagnostics, ...ingested.diagnostics].map((d) => (d.input ? { ...d, input: relative(d.input)! } : d));
  const articles = ingested.articles.map((article) => ({ ...article, origin: relative(article.origin)! }));
  const story = prepareStory({ articles, diagnostics });
  const briefing = briefStory(story, golden.words ? { words: golden.words } : {});
  return { story, briefing, json: OUTPUT_FORMATS.json.render(briefing), markdown: OUTPUT_FORMATS.md.render(briefing) };
}
