import type { Command } from 'commander';
import { CorroborateError, type Diagnostic } from '../model/index.js';
import { formatStoryEvalTable, readStoryData, runStoryEval, STORY_EVAL_SYSTEMS } from '../eval/index.js';

interface StoryEvalFlags {
  readonly data: string;
  readonly limit?: number;
  readonly systems?: readonly string[];
  readonly split: 'tune' | 'test' | 'all';
  readonly format: 'text' | 'json';
  readonly progress?: boolean;
}

// CPU time of this process: the machine may be shared, and the figures should not depend on what else runs.
const cpuMilliseconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** `corroborate eval --task stories`: B-cubed and pairwise scores of corroborate's story clustering and the baselines. */
export async function runStoryEvalCommand(flags: StoryEvalFlags, command: Command): Promise<void> {
  const names = flags.systems ?? Object.keys(STORY_EVAL_SYSTEMS);
  const unknown = names.filter((name) => !Object.hasOwn(STORY_EVAL_SYSTEMS, name));
  if (unknown.length > 0) {
    return command.error(`error: unknown story system "${unknown[0]}"; known: ${Object.keys(STORY_EVAL_SYSTEMS).join(', ')}`, { exitCode: 64 });
  }
  const skipped: Diagnostic[] = [];
  const labelled = await readStoryData(flags.data, {
    split: flags.split,
    ...(flags.limit ? { limit: flags.limit } : {}),
    onDiagnostic: (d) => skipped.push(d),
  });
  for (const d of skipped.slice(0, 10)) process.stderr.write(`corroborate: warning: skipped ${d.input}: ${d.message}\n`);
  if (labelled.length === 0) {
    throw new CorroborateError(
      'no-usable-input',
      `no labelled article could be read from ${flags.data} (expected JSON lines of {"id", "story", "title", "text", …})`,
      skipped,
    );
  }
  const tty = process.stderr.isTTY === true || flags.progress === true;
  let lastLine = 0;
  const report = runStoryEval(labelled, {
    systems: names,
    now: cpuMilliseconds,
    onProgress: (done, total) => {
      if (!tty) return;
      if (process.stderr.isTTY) process.stderr.write(done < total ? `\reval: analyzed ${done}/${total} articles` : '\r\x1b[2K');
      else if (done === total || done - lastLine >= Math.ceil(total / 10)) {
        lastLine = done;
        process.stderr.write(`eval: analyzed ${done}/${total} articles\n`);
      }
    },
  });
  if (report.articles === 0) throw new CorroborateError('no-usable-input', `no article of ${flags.data} has a title or text`);
  const title = `${flags.data} (split: ${flags.split})`;
  process.stdout.write(
    flags.format === 'json' ? `${JSON.stringify({ data: flags.data, split: flags.split, ...report }, null, 2)}\n` : formatStoryEvalTable(report, title),
  );
}
