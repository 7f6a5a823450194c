/** The reader-quality evaluation: automatic checks over many briefings, a hand-annotated gold set, planted conflicts. */
export { readStories, selectSplit, type QualitySplit, type StoryCluster } from './read-stories.js';
export { briefAndCheck, checkBriefing, totalQuality, type BriefingQuality, type QualityTotals } from './run-quality.js';
export { checkSummary, hasDefect, type SentenceDefects } from './summary-checks.js';
export { checkTitle, type TitleDefect } from './title-check.js';
export { findEchoedFacts, findUnsupportedFacts } from './fact-checks.js';
export { findFurniture } from './furniture-patterns.js';
export { findReference, findEarlyPronoun, type ReferenceKind } from './reference-openers.js';
export { plantConflicts, DEFAULT_PLANT_OPTIONS, type PlantOutcome, type StoryPlants, type PlantOptions } from './plant/run-plants.js';
export { PLANT_KINDS, type PlantKind } from './plant/plant-kinds.js';
export { runGold, totalGold, type GoldRunOptions } from './gold/run-gold.js';
export { scoreGold, findAnchor, sameSpeaker, type GoldScore } from './gold/score-gold.js';
export type { GoldStory } from './gold/gold-types.js';
export { runQualityEval, totalPlants, type QualityEvalReport, type PlantTotals } from './run-quality-eval.js';
export { formatQualityReport, formatGoldReport } from './format-quality.js';
