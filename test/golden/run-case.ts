import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, type PreparedStory } from '../../src/pipeline/index.js';
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
  const read = await readInputs(
    golden.inputs.map((input) => join(process.cwd(), input)),
    {},
  );
  // Inputs are named by absolute paths; name them relative so the golden files are machine-independent.
  const relative = (text: string): string => text.split(`${process.cwd()}/`).join('');
  const inputs = read.inputs.map((input) => ({ ...input, name: relative(input.name) }));
  const diagnostics = read.diagnostics.map((d) => (d.input ? { ...d, input: relative(d.input) } : d));
  const { story, briefing } = runPipeline({ inputs, diagnostics }, golden.words ? { words: golden.words } : {});
  return { story, briefing, json: OUTPUT_FORMATS.json.render(briefing), markdown: OUTPUT_FORMATS.md.render(briefing) };
}
