import { summarizeCluster } from '../brief.js';
import { BASELINE_SYSTEMS, type EvalSystem } from './baselines/index.js';

/** Every system `corroborate eval` can run, by name: the product's summarizer and the baselines. */
export const EVAL_SYSTEMS: Readonly<Record<string, EvalSystem>> = {
  corroborate: (documents, words) => summarizeCluster(documents, { words }),
  ...BASELINE_SYSTEMS,
};

/** The systems run when none are named. */
export const DEFAULT_EVAL_SYSTEM_NAMES: readonly string[] = ['corroborate', 'first-1', 'first-2', 'first-3', 'lexrank', 'textrank', 'mmr'];

/** A named system ready to run. */
export interface NamedEvalSystem {
  readonly name: string;
  readonly summarize: EvalSystem;
}

/** Looks systems up by name (from `registry`, EVAL_SYSTEMS by default); unknown or repeated names are misuse. */
export function resolveEvalSystems(names: readonly string[], registry: Readonly<Record<string, EvalSystem>> = EVAL_SYSTEMS): NamedEvalSystem[] {
  if (names.length === 0) throw new TypeError('resolveEvalSystems: expected at least one system name, got none');
  const seen = new Set<string>();
  return names.map((name) => {
    const summarize = Object.hasOwn(registry, name) ? registry[name] : undefined;
    if (!summarize) throw new TypeError(`resolveEvalSystems: unknown system "${name}"; known: ${Object.keys(registry).join(', ')}`);
    if (seen.has(name)) throw new TypeError(`resolveEvalSystems: system "${name}" named twice`);
    seen.add(name);
    return { name, summarize };
  });
}
