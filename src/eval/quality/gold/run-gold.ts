import { runPipeline } from '../../../pipeline/index.js';
import type { QualitySplit } from '../read-stories.js';
import { loadGold, readGoldFiles } from './read-gold.js';
import { scoreGold, type GoldScore } from './score-gold.js';

/** Where the gold files are and what they read. */
export interface GoldRunOptions {
  /** Resolves `articles.folder` (the repository root). */
  readonly repositoryRoot: string;
  /** Holds the data sets `articles.data` names (`../shared/data`). */
  readonly dataRoot: string;
  readonly split: QualitySplit;
}

/** Briefs every gold story of a folder (of the split) and scores it. */
export async function runGold(path: string, options: GoldRunOptions): Promise<GoldScore[]> {
  const scores: GoldScore[] = [];
  for (const { gold, file } of readGoldFiles(path)) {
    if (options.split !== 'all' && gold.split !== options.split) continue;
    const loaded = await loadGold(gold, file, options.repositoryRoot, options.dataRoot);
    const result = runPipeline(loaded.input);
    const sentences = Object.fromEntries(result.story.docs.map((doc) => [doc.source, doc.sentences.map(({ start, end }) => ({ start, end }))]));
    scores.push(scoreGold(gold, result.briefing, result.sourceTexts, sentences));
  }
  return scores;
}

/** Sums gold scores (counts add up; rates are computed from the sums). */
export function totalGold(
  scores: readonly GoldScore[],
): Omit<GoldScore, 'story' | 'split' | 'notes' | 'missingAnchors' | 'mainFirst'> & { stories: number; mainFirst: number; mainAnnotated: number } {
  const sum = (pick: (score: GoldScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    stories: scores.length,
    factPairs: sum((s) => s.factPairs),
    factPairsFound: sum((s) => s.factPairsFound),
    systemPairs: sum((s) => s.systemPairs),
    systemPairsRight: sum((s) => s.systemPairsRight),
    consensus: sum((s) => s.consensus),
    consensusSupported: sum((s) => s.consensusSupported),
    singleSource: sum((s) => s.singleSource),
    singleSourceShared: sum((s) => s.singleSourceShared),
    conflicts: sum((s) => s.conflicts),
    conflictsFound: sum((s) => s.conflictsFound),
    systemConflicts: sum((s) => s.systemConflicts),
    systemConflictsRight: sum((s) => s.systemConflictsRight),
    quotes: sum((s) => s.quotes),
    quotesShown: sum((s) => s.quotesShown),
    speakersRight: sum((s) => s.speakersRight),
    speakersWrong: sum((s) => s.speakersWrong),
    speakersMissing: sum((s) => s.speakersMissing),
    quotesUnannotated: sum((s) => s.quotesUnannotated),
    mainFirst: scores.filter((s) => s.mainFirst === true).length,
    mainAnnotated: scores.filter((s) => s.mainFirst !== null).length,
  };
}
