/** The stages `runPipeline` reports timings for, in the order they run. */
export type PipelineStage = 'ingest' | 'clean' | 'analyze' | 'compare' | 'summarize';

/** Optional callbacks for progress and timing; they see the work, they never change its output. */
export interface PipelineHooks {
  /** After a stage: its name and the milliseconds it took (clean and analyze: summed over the articles). */
  readonly onStage?: (stage: PipelineStage, ms: number) => void;
  /** After each article is cleaned and analyzed: how many are done, of how many. */
  readonly onArticle?: (done: number, total: number) => void;
  /** Stops the work: checked between stages and before each article; an aborted run throws the signal's reason. */
  readonly signal?: AbortSignal;
}

/** Default hooks: none. */
export const DEFAULT_PIPELINE_HOOKS: PipelineHooks = {};

/** Throws the signal's reason (an AbortError by default) when the run was aborted. */
export function checkAborted(hooks: PipelineHooks): void {
  hooks.signal?.throwIfAborted();
}

/** Sums the time spent per stage and reports it; reads the clock only when someone listens. */
export class StageTimer {
  private readonly totals = new Map<PipelineStage, number>();

  constructor(private readonly hooks: PipelineHooks) {}

  /** Runs one piece of a stage's work, adding its duration to the stage. */
  measure<T>(stage: PipelineStage, run: () => T): T {
    if (!this.hooks.onStage) return run();
    const start = performance.now();
    try {
      return run();
    } finally {
      this.totals.set(stage, (this.totals.get(stage) ?? 0) + performance.now() - start);
    }
  }

  /** Reports the stages' summed durations, in the order given. */
  report(...stages: readonly PipelineStage[]): void {
    for (const stage of stages) this.hooks.onStage?.(stage, this.totals.get(stage) ?? 0);
  }
}
