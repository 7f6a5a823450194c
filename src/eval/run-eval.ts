import type { Cluster } from './datasets/index.js';
import { averageRougeScores, prepareRougeText, scorePreparedRouge, type RougeScores } from './rouge/index.js';
import type { NamedEvalSystem } from './systems.js';

/** One system summary of one cluster, as `--save-summaries` writes it. */
export interface SavedSummary {
  readonly id: string;
  readonly system: string;
  readonly summary: string;
}

/** Options for `runEval`. */
export interface EvalRunOptions {
  readonly systems: readonly NamedEvalSystem[];
  /** Word budget given to every system; the scorer cuts system text there (default 300). */
  readonly words?: number;
  /** Score with Porter stemming (ROUGE-1.5.5 -m). */
  readonly stem?: boolean;
  /** Millisecond clock, injected by the caller so that this module stays free of clocks. */
  readonly now: () => number;
  /** Called with every summary as soon as it is made (await it to apply back-pressure). */
  readonly onSummary?: (summary: SavedSummary) => void | Promise<void>;
  /** Called after every cluster with the number of clusters done. */
  readonly onProgress?: (done: number) => void;
}

/** Results of one system over all clusters. */
export interface EvalSystemResult {
  readonly system: string;
  readonly clusters: number;
  /** Plain means over clusters of recall, precision and F (the paper protocol's averages). */
  readonly rouge: RougeScores;
  /** Mean words of the summaries as scored (after the cut), and as the system wrote them. */
  readonly averageWords: number;
  readonly averageOutputWords: number;
  /** Summarization time only (scoring excluded). */
  readonly seconds: number;
  readonly storiesPerSecond: number;
  /** Clusters where the system threw; they are scored as an empty summary. */
  readonly failures: number;
  readonly firstFailure: string | null;
}

/** What `corroborate eval` reports. */
export interface EvalReport {
  readonly clusters: number;
  readonly words: number;
  readonly stem: boolean;
  readonly systems: readonly EvalSystemResult[];
}

interface Tally {
  scores: RougeScores[];
  scoredWords: number;
  outputWords: number;
  milliseconds: number;
  failures: number;
  firstFailure: string | null;
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/**
 * Runs every system on every cluster, in order, and scores each summary against the cluster's
 * reference with ROUGE under the paper protocol (system text cut at `words`).
 */
export async function runEval(clusters: AsyncIterable<Cluster> | Iterable<Cluster>, options: EvalRunOptions): Promise<EvalReport> {
  const words = options.words ?? 300;
  const stem = options.stem ?? false;
  if (!Number.isInteger(words) || words < 1) throw new TypeError(`runEval: expected a positive integer words, got ${String(options.words)}`);
  const tallies = options.systems.map((): Tally => ({ scores: [], scoredWords: 0, outputWords: 0, milliseconds: 0, failures: 0, firstFailure: null }));
  let done = 0;
  for await (const cluster of clusters) {
    const reference = prepareRougeText(cluster.summary, 'reference', { stem });
    for (const [index, system] of options.systems.entries()) {
      const tally = tallies[index] as Tally;
      let summary = '';
      const start = options.now();
      try {
        summary = system.summarize(cluster.documents, words);
      } catch (error) {
        tally.failures++;
        tally.firstFailure ??= `${cluster.id}: ${error instanceof Error ? error.message : String(error)}`;
      }
      tally.milliseconds += options.now() - start;
      const scored = prepareRougeText(summary, 'system', { stem, maxWords: words });
      tally.scores.push(scorePreparedRouge(scored, reference));
      const outputWords = countWords(summary);
      tally.outputWords += outputWords;
      tally.scoredWords += Math.min(outputWords, words);
      await options.onSummary?.({ id: cluster.id, system: system.name, summary });
    }
    options.onProgress?.(++done);
  }
  return {
    clusters: done,
    words,
    stem,
    systems: options.systems.map((system, index) => {
      const tally = tallies[index] as Tally;
      const seconds = tally.milliseconds / 1000;
      return {
        system: system.name,
        clusters: done,
        rouge: averageRougeScores(tally.scores),
        averageWords: done === 0 ? 0 : tally.scoredWords / done,
        averageOutputWords: done === 0 ? 0 : tally.outputWords / done,
        seconds,
        storiesPerSecond: seconds > 0 ? done / seconds : 0,
        failures: tally.failures,
        firstFailure: tally.firstFailure,
      };
    }),
  };
}
