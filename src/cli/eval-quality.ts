import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorroborateError } from '../model/index.js';
import { formatGoldReport, formatQualityReport, readStories, runGold, runQualityEval, selectSplit, totalGold, type QualitySplit } from '../eval/index.js';

/** Flags of `corroborate eval --task quality|gold`. */
export interface QualityFlags {
  readonly task: 'quality' | 'gold';
  readonly data: string;
  readonly split: QualitySplit;
  readonly limit?: number;
  readonly plant: boolean;
  readonly dataRoot: string;
  readonly verbose?: boolean;
  readonly json: boolean;
}

/**
 * `eval --task quality --data FILE`: briefs the stories of a data file (Multi-News clusters or ECB+ articles grouped
 * by story), runs the reader checks and plants conflicts; `eval --task gold --data DIR`: scores the gold stories.
 */
export async function runQualityTask(flags: QualityFlags, progress: { update: (done: number) => void; finish: () => void }): Promise<void> {
  if (!existsSync(flags.data)) throw new CorroborateError('input-not-found', `no such data file or folder: ${flags.data}`);
  if (flags.task === 'gold') {
    const scores = await runGold(flags.data, { repositoryRoot: process.cwd(), dataRoot: resolve(flags.dataRoot), split: flags.split });
    const total = totalGold(scores);
    process.stdout.write(
      flags.json ? `${JSON.stringify({ data: flags.data, split: flags.split, total, scores }, null, 2)}\n` : formatGoldReport(scores, total, flags.verbose),
    );
    return;
  }
  const skipped: string[] = [];
  const all = await readStories(flags.data, (d) => skipped.push(`${d.input ?? ''}: ${d.message}`));
  const stories = selectSplit(all, flags.split).slice(0, flags.limit ?? Number.POSITIVE_INFINITY);
  if (stories.length === 0)
    throw new CorroborateError('no-usable-input', `no story could be read from ${flags.data}${skipped[0] ? `; the first problem: ${skipped[0]}` : ''}`);
  const report = runQualityEval(stories, { plant: flags.plant, onProgress: progress.update });
  progress.finish();
  if (flags.json) {
    const { briefings, outcomes, ...summary } = report;
    process.stdout.write(
      `${JSON.stringify({ data: flags.data, split: flags.split, ...summary, ...(flags.verbose ? { briefings, outcomes } : {}) }, null, 2)}\n`,
    );
    return;
  }
  process.stdout.write(`${flags.data} (${flags.split} split)\n${formatQualityReport(report)}`);
  if (flags.verbose) {
    for (const briefing of report.briefings) {
      for (const sentence of briefing.sentences) {
        const defects = [
          sentence.opener && `opener:${sentence.opener}`,
          sentence.speakerPronoun && 'pronoun speaker',
          sentence.furniture && `furniture:${sentence.furniture}`,
          sentence.redundantWith !== null && `repeats #${sentence.redundantWith}`,
          ...sentence.wrongCitations.map((item) => `cites ${item.source} (${item.missing})`),
          sentence.broken && 'broken',
        ].filter(Boolean);
        if (defects.length > 0) process.stdout.write(`[${briefing.id} #${sentence.index}] ${defects.join('; ')}\n    ${sentence.text}\n`);
      }
      if (briefing.titleDefect) process.stdout.write(`[${briefing.id}] title ${briefing.titleDefect}: ${briefing.title}\n`);
    }
    for (const outcome of report.outcomes) if (!outcome.found) process.stdout.write(`[${outcome.story}] planted ${outcome.kind} not found: ${outcome.what}\n`);
  }
}
