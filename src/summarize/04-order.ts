import type { Candidate } from './01-candidates.js';

/**
 * Orders selected sentences so they read as a story: sentences that follow each other in an article stay together
 * (a sentence that points back comes right after what it points to), and the runs are ordered by relative
 * position in their article (leads first), then by article. `first`, when given, opens the summary with its run.
 */
export function orderSentences(chosen: readonly Candidate[], first?: Candidate): Candidate[] {
  const sorted = [...chosen].sort((a, b) => a.document - b.document || a.sentence.index - b.sentence.index);
  const runs: Candidate[][] = [];
  for (const candidate of sorted) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && previous.document === candidate.document && previous.last.index + 1 === candidate.sentence.index && candidate.dangling)
      run.push(candidate);
    else runs.push([candidate]);
  }
  runs.sort((a, b) => a[0]!.position - b[0]!.position || a[0]!.document - b[0]!.document || a[0]!.sentence.index - b[0]!.sentence.index);
  const opening = first ? runs.findIndex((run) => run.includes(first)) : -1;
  if (opening > 0) runs.unshift(...runs.splice(opening, 1));
  return runs.flat();
}
