import { plantConflicts, type PlantOutcome } from './plant/run-plants.js';
import { PLANT_KINDS, type PlantKind } from './plant/plant-kinds.js';
import type { StoryCluster } from './read-stories.js';
import { briefAndCheck, totalQuality, type BriefingQuality, type QualityTotals } from './run-quality.js';

/** Planted conflicts found, per kind and over all, split by how close the two sentences were. */
export interface PlantTotals {
  readonly kind: PlantKind | 'all';
  readonly planted: number;
  readonly found: number;
  readonly rightKind: number;
  /** Plants between near copies (over half their content terms shared), and those found. */
  readonly close: number;
  readonly closeFound: number;
}

/** What `corroborate eval --task quality` reports. */
export interface QualityEvalReport {
  readonly totals: QualityTotals;
  readonly plants: readonly PlantTotals[] | null;
  /** Conflicts reported per unmodified story (they are what a reader sees when nothing was planted). */
  readonly conflictsPerStory: number;
  readonly briefings: readonly BriefingQuality[];
  readonly outcomes: readonly PlantOutcome[];
}

/** Adds up plant outcomes per kind, with an "all" line last. */
export function totalPlants(outcomes: readonly PlantOutcome[]): PlantTotals[] {
  const line = (kind: PlantKind | 'all', items: readonly PlantOutcome[]): PlantTotals => ({
    kind,
    planted: items.length,
    found: items.filter((item) => item.found).length,
    rightKind: items.filter((item) => item.rightKind).length,
    close: items.filter((item) => item.overlap > 0.5).length,
    closeFound: items.filter((item) => item.overlap > 0.5 && item.found).length,
  });
  return [
    ...PLANT_KINDS.map((kind) =>
      line(
        kind,
        outcomes.filter((item) => item.kind === kind),
      ),
    ),
    line('all', outcomes),
  ];
}

/**
 * Briefs every story, runs the reader checks on each briefing and, when `plant` is set, plants conflicts in
 * each story and counts those reported. `onProgress` is called after each story.
 */
export function runQualityEval(
  stories: readonly StoryCluster[],
  options: { readonly plant: boolean; readonly onProgress?: (done: number) => void },
): QualityEvalReport {
  const briefings: BriefingQuality[] = [];
  const outcomes: PlantOutcome[] = [];
  let failures = 0;
  let conflicts = 0;
  let planted = 0;
  stories.forEach((story, index) => {
    const report = briefAndCheck(story);
    if (report) briefings.push(report);
    else failures++;
    if (options.plant) {
      const plants = plantConflicts(story.id, story.documents);
      if (plants) {
        planted++;
        conflicts += plants.conflicts;
        outcomes.push(...plants.outcomes);
      }
    }
    options.onProgress?.(index + 1);
  });
  return {
    totals: totalQuality(briefings, failures),
    plants: options.plant ? totalPlants(outcomes) : null,
    conflictsPerStory: options.plant
      ? conflicts / Math.max(1, planted)
      : briefings.reduce((sum, item) => sum + item.conflicts, 0) / Math.max(1, briefings.length),
    briefings,
    outcomes,
  };
}
