import type { StoryAssignment, StoryMove } from '../model/index.js';

/**
 * The assignments as they stand once the moves reported with them are applied, in the order given: each article's
 * story now (`opened` and `similarity` kept from its assignment). What a caller that lists or stores stories needs.
 * @example listStories(articles, applyStoryMoves(result.assignments, result.moved))
 */
export function applyStoryMoves(assignments: readonly StoryAssignment[], moved: readonly StoryMove[]): StoryAssignment[] {
  if (!Array.isArray(assignments) || !Array.isArray(moved))
    throw new TypeError('applyStoryMoves: expected an array of StoryAssignment and an array of StoryMove');
  if (moved.length === 0) return [...assignments];
  const story = new Map<string, number>();
  for (const move of moved) story.set(move.article, move.to);
  return assignments.map((assignment) => {
    const now = story.get(assignment.article);
    return now === undefined || now === assignment.story ? assignment : { ...assignment, story: now };
  });
}
