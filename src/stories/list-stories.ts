import type { AnalyzedDocument, EntityType, StoryArticle, StoryAssignment, StorySummary } from '../model/index.js';

/** Options for `listStories`. */
export interface ListStoriesOptions {
  /** Most entities listed per story. */
  readonly maxEntities: number;
}

/** Default options for `listStories`: up to 8 entities a story. */
export const DEFAULT_LIST_STORIES_OPTIONS: ListStoriesOptions = { maxEntities: 8 };

const distinct = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** The headline whose words most of the story's headlines share (ties: the earliest). */
function pickTitle(members: readonly StoryArticle[]): string | null {
  const titled = members.filter((member) => member.title && member.headline);
  if (titled.length === 0) return members.find((member) => member.title)?.title ?? null;
  const termsOf = (member: StoryArticle): string[] => distinct(member.headline!.tokens.terms.values);
  const counts = new Map<string, number>();
  for (const member of titled) for (const term of termsOf(member)) counts.set(term, (counts.get(term) ?? 0) + 1);
  let best = titled[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const member of titled) {
    const terms = termsOf(member);
    const score = terms.length === 0 ? 0 : terms.reduce((sum, term) => sum + counts.get(term)!, 0) / Math.sqrt(terms.length);
    if (score > bestScore) {
      best = member;
      bestScore = score;
    }
  }
  return best.title;
}

function countSources(members: readonly StoryArticle[]): { sources: number; outlets: string[] } {
  const byOutlet = new Map<string, { name: string; count: number }>();
  let unnamed = 0;
  for (const member of members) {
    const name = member.outlet?.trim();
    if (!name) {
      unnamed += 1;
      continue;
    }
    const entry = byOutlet.get(name.toLowerCase()) ?? byOutlet.set(name.toLowerCase(), { name, count: 0 }).get(name.toLowerCase())!;
    entry.count += 1;
  }
  const outlets = [...byOutlet.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((entry) => entry.name);
  return { sources: outlets.length + unnamed, outlets };
}

function spanOf(members: readonly StoryArticle[]): { first: string | null; last: string | null } {
  let first: { text: string; time: number } | null = null;
  let last: { text: string; time: number } | null = null;
  for (const member of members) {
    const time = member.published ? Date.parse(member.published) : Number.NaN;
    if (Number.isNaN(time)) continue;
    if (!first || time < first.time) first = { text: member.published!, time };
    if (!last || time > last.time) last = { text: member.published!, time };
  }
  return { first: first?.text ?? null, last: last?.text ?? null };
}

interface EntityTally {
  readonly names: Map<string, number>;
  readonly types: Map<EntityType, number>;
  articles: number;
}

function tallyEntities(members: readonly StoryArticle[], maxEntities: number): StorySummary['entities'] {
  const tallies = new Map<string, EntityTally>();
  for (const member of members) {
    const seen = new Set<string>();
    const docs = [member.headline, member.body].filter((doc): doc is AnalyzedDocument => doc !== null);
    for (const mention of docs.flatMap((doc) => doc.entities)) {
      if (mention.type === 'other') continue;
      const key = mention.entity ?? mention.text.toLowerCase();
      const tally = tallies.get(key) ?? tallies.set(key, { names: new Map(), types: new Map(), articles: 0 }).get(key)!;
      const name = mention.name ?? mention.text;
      tally.names.set(name, (tally.names.get(name) ?? 0) + 1);
      tally.types.set(mention.type, (tally.types.get(mention.type) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        tally.articles += 1;
      }
    }
  }
  const most = <T>(counts: Map<T, number>): T => [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  // A name one article of many mentions says little about the story: past two articles, two must name it.
  const needed = members.length > 2 ? 2 : 1;
  return [...tallies.values()]
    .filter((tally) => tally.articles >= needed)
    .map((tally) => ({ name: most(tally.names), type: most(tally.types), articles: tally.articles }))
    .sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, maxEntities);
}

/**
 * What `corroborate stories` lists for each story found: a headline, its articles, sources and outlets, its span in
 * time and the names most of its articles mention. Biggest stories first (ties: the story seen first).
 */
export function listStories(
  articles: readonly StoryArticle[],
  assignments: readonly StoryAssignment[],
  options: ListStoriesOptions = DEFAULT_LIST_STORIES_OPTIONS,
): StorySummary[] {
  if (!Array.isArray(articles) || !Array.isArray(assignments))
    throw new TypeError('listStories: expected an array of StoryArticle and an array of StoryAssignment');
  const byId = new Map(articles.map((article) => [article.id, article]));
  const groups = new Map<number, StoryArticle[]>();
  for (const assignment of assignments) {
    const article = byId.get(assignment.article);
    if (!article) throw new TypeError(`listStories: assignment names article "${assignment.article}", which is not among the articles`);
    const group = groups.get(assignment.story) ?? groups.set(assignment.story, []).get(assignment.story)!;
    if (!group.includes(article)) group.push(article);
  }
  const summaries = [...groups.entries()].map(([id, members]) => ({
    id,
    title: pickTitle(members),
    articles: members.map((member) => member.id),
    ...countSources(members),
    ...spanOf(members),
    entities: tallyEntities(members, options.maxEntities),
  }));
  return summaries.sort((a, b) => b.articles.length - a.articles.length);
}
