// Test support only: the example story run through the real pipeline (src/brief.ts), the way the CLI
// does it, or the reason it cannot run yet (another stage still being written).
import { readFileSync, readdirSync } from 'node:fs';
import type { Briefing, RawInput, SourceId } from '../../model/index.js';

const EXAMPLE_DIR = new URL('../../../examples/baghdad-2007/', import.meta.url);

export type PipelineResult =
  | { readonly ok: true; readonly briefing: Briefing; readonly sourceTexts: Record<SourceId, string> }
  | { readonly ok: false; readonly reason: string };

interface PipelineModules {
  prepareStory(ingested: unknown): { articles: readonly { article: { id: SourceId }; text: string }[] };
  briefStory(story: unknown): Briefing;
  ingestInputs(inputs: readonly RawInput[]): unknown;
}

/** Briefs examples/baghdad-2007 with the pipeline; never throws. */
export async function runPipelineOnExample(): Promise<PipelineResult> {
  // Specifiers in variables: the stages may not exist yet, and this file must type-check without them.
  const briefPath = '../../brief.js';
  const ingestPath = '../../ingest/index.js';
  let modules: PipelineModules;
  try {
    modules = { ...(await import(briefPath)), ...(await import(ingestPath)) } as PipelineModules;
  } catch (error) {
    return { ok: false, reason: `pipeline not importable yet: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  try {
    const inputs: RawInput[] = readdirSync(EXAMPLE_DIR).filter((name) => name.endsWith('.txt')).sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, EXAMPLE_DIR))) }));
    const story = modules.prepareStory(modules.ingestInputs(inputs));
    const briefing = modules.briefStory(story);
    const sourceTexts = Object.fromEntries(story.articles.map((clean) => [clean.article.id, clean.text]));
    return { ok: true, briefing, sourceTexts };
  } catch (error) {
    return { ok: false, reason: `pipeline failed on the example: ${error instanceof Error ? error.message : String(error)}` };
  }
}
