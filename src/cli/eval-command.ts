import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { InvalidArgumentError, type Command } from 'commander';
import { CorroborateError } from '../model/index.js';
import {
  DEFAULT_EVAL_SYSTEM_NAMES,
  EVAL_SYSTEMS,
  formatEvalTable,
  readClusters,
  resolveEvalSystems,
  runEval,
  STORY_EVAL_SYSTEMS,
  type SavedSummary,
} from '../eval/index.js';
import { runQualityTask } from './eval-quality.js';
import { runStoryEvalCommand } from './eval-stories.js';

interface EvalFlags {
  readonly data: string;
  readonly limit?: number;
  readonly systems?: readonly string[];
  readonly task: 'summaries' | 'stories' | 'quality' | 'gold';
  readonly split: 'tune' | 'test' | 'all';
  readonly words: number;
  readonly stem?: boolean;
  readonly json?: boolean;
  readonly format: 'text' | 'json';
  readonly saveSummaries?: string;
  readonly progress?: boolean;
  readonly plant: boolean;
  readonly dataRoot: string;
  readonly verbose?: boolean;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('expected a positive whole number');
  return count;
}

function parseWords(value: string): number {
  const words = Number(value);
  if (!Number.isInteger(words) || words < 10 || words > 5000) throw new InvalidArgumentError('expected a whole number of words from 10 to 5000');
  return words;
}

function parseSystems(value: string): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  // Summarizers (--task summaries) and clusterers (--task stories) share the option; each task checks its own names.
  const stories = names.filter((name) => Object.hasOwn(STORY_EVAL_SYSTEMS, name));
  try {
    if (stories.length < names.length) resolveEvalSystems(names.filter((name) => !stories.includes(name)));
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message.replace(/^resolveEvalSystems: /, '') : String(error));
  }
  return names;
}

/** A counter on stderr: redrawn in place on a terminal, one line per 10% (or 100 clusters) otherwise. */
function createProgress(total: number | null, enabled: boolean): { update: (done: number) => void; finish: () => void } {
  const tty = process.stderr.isTTY === true;
  if (!enabled) return { update: () => undefined, finish: () => undefined };
  const start = performance.now();
  let lastLine = 0;
  const render = (done: number): string => {
    const rate = done / Math.max((performance.now() - start) / 1000, 1e-9);
    const counter = total === null ? `${done} clusters` : `${done}/${total} clusters`;
    const bar = total === null ? '' : `[${'#'.repeat(Math.round((20 * done) / total)).padEnd(20, '.')}] `;
    return `eval ${bar}${counter}, ${rate.toFixed(1)}/s`;
  };
  return {
    update(done) {
      if (tty) process.stderr.write(`\r${render(done)}`);
      else if (done - lastLine >= (total === null ? 100 : Math.max(1, Math.ceil(total / 10)))) {
        lastLine = done;
        process.stderr.write(`${render(done)}\n`);
      }
    },
    finish() {
      if (tty) process.stderr.write('\n');
    },
  };
}

const MAX_SKIPPED_SHOWN = 10;

function parseTask(value: string): EvalFlags['task'] {
  if (value !== 'summaries' && value !== 'stories' && value !== 'quality' && value !== 'gold')
    throw new InvalidArgumentError('expected summaries, stories, quality or gold');
  return value;
}

function parseSplit(value: string): 'tune' | 'test' | 'all' {
  if (value !== 'tune' && value !== 'test' && value !== 'all') throw new InvalidArgumentError('expected tune, test or all');
  return value;
}

function parseReportFormat(value: string): 'text' | 'json' {
  if (value !== 'text' && value !== 'json') throw new InvalidArgumentError('expected text or json');
  return value;
}

async function writeLine(stream: WriteStream, record: SavedSummary): Promise<void> {
  if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain');
}

/** Registers `corroborate eval --data FILE`. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score summarizers with ROUGE (ROUGE-1.5.5 protocol of the Multi-News paper) on a file of clusters, or story clustering (--task stories).')
    .requiredOption(
      '-d, --data <file>',
      'JSON lines of {"id", "documents": [...], "summary"} (stories: {"id", "story", "title", "text", "date", "source"}), gzipped or not',
    )
    .option(
      '--task <task>',
      'summaries (ROUGE), stories (B-cubed and pairwise F1 of story clustering), quality (reader checks and planted conflicts) or gold (the hand-annotated set in --data)',
      parseTask,
      'summaries',
    )
    .option(
      '--split <part>',
      'stories, quality, gold: the tuning part, the held-out test part or all (stories: split by hash of topic, else story; quality: first half tunes)',
      parseSplit,
      'all',
    )
    .option('-n, --limit <n>', 'only the first N clusters', parseCount)
    .option(
      '-s, --systems <names>',
      `comma-separated systems (summaries: ${Object.keys(EVAL_SYSTEMS).join(', ')}; default ${DEFAULT_EVAL_SYSTEM_NAMES.join(', ')}. stories: ${Object.keys(STORY_EVAL_SYSTEMS).join(', ')}; default all)`,
      parseSystems,
    )
    .option('-w, --words <n>', 'word budget; system text is cut there before scoring', parseWords, 300)
    .option('--stem', 'Porter-stem tokens before scoring (ROUGE-1.5.5 -m)')
    .option('-f, --format <format>', 'report format: text (a table) or json', parseReportFormat, 'text')
    .option('--json', 'the same as --format json')
    .option('--save-summaries <file>', 'write every summary as JSON lines {"id", "system", "summary"}')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .option('--no-plant', 'quality: skip the planted conflicts (faster)')
    .option('--data-root <dir>', 'gold: the folder holding the data sets gold stories name', '../shared/data')
    .option('--verbose', 'quality/gold: list every defect, miss and error found')
    .addHelpText(
      'after',
      '\nScores are ROUGE F-measures ×100, averaged over clusters; stories/s counts summarization time only.\n\nExample: corroborate eval --data ../shared/data/multinews_longbench_test200/multinews_longbench_test200.jsonl.gz --systems corroborate,first-3',
    )
    .action(async (flags: EvalFlags, command: Command) => {
      if (flags.task === 'quality' || flags.task === 'gold') {
        const json = flags.json === true || flags.format === 'json';
        const progress = createProgress(null, process.stderr.isTTY === true || flags.progress === true);
        await runQualityTask({ ...flags, task: flags.task, json, ...(flags.limit ? { limit: flags.limit } : {}) }, progress);
        return;
      }
      if (!existsSync(flags.data)) throw new CorroborateError('input-not-found', `no such data file: ${flags.data}`);
      if (flags.task === 'stories') return runStoryEvalCommand({ ...flags, format: flags.json ? 'json' : flags.format }, command);
      let systems: ReturnType<typeof resolveEvalSystems>;
      try {
        systems = resolveEvalSystems(flags.systems ?? DEFAULT_EVAL_SYSTEM_NAMES);
      } catch (error) {
        return command.error(`error: ${(error as Error).message.replace(/^resolveEvalSystems: /, '')} (a clusterer needs --task stories)`, { exitCode: 64 });
      }
      const progress = createProgress(flags.limit ?? null, process.stderr.isTTY === true || flags.progress === true);
      const output = flags.saveSummaries ? createWriteStream(flags.saveSummaries) : null;
      const skipped: string[] = [];
      try {
        const clusters = readClusters(flags.data, {
          ...(flags.limit ? { limit: flags.limit } : {}),
          onDiagnostic: (d) => skipped.push(`${d.input ?? ''}: ${d.message}`),
        });
        const report = await runEval(clusters, {
          systems,
          words: flags.words,
          stem: flags.stem === true,
          now: () => performance.now(),
          onProgress: progress.update,
          ...(output ? { onSummary: (record: SavedSummary) => writeLine(output, record) } : {}),
        });
        progress.finish();
        if (report.clusters === 0) {
          const why = skipped.length > 0 ? `; the first problem: ${skipped[0]}` : '';
          throw new CorroborateError(
            'no-usable-input',
            `no cluster could be read from ${flags.data} (expected JSON lines of {"id", "documents": [...], "summary"})${why}`,
          );
        }
        for (const line of skipped.slice(0, MAX_SKIPPED_SHOWN)) process.stderr.write(`corroborate: warning: skipped ${line}\n`);
        if (skipped.length > MAX_SKIPPED_SHOWN) process.stderr.write(`corroborate: warning: … and ${skipped.length - MAX_SKIPPED_SHOWN} more lines skipped\n`);
        process.stdout.write(flags.json || flags.format === 'json' ? `${JSON.stringify({ data: flags.data, ...report }, null, 2)}\n` : formatEvalTable(report));
      } finally {
        if (output) {
          output.end();
          await once(output, 'close');
        }
      }
    });
}
