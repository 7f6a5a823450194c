import type { Diagnostic, StorySummary } from '../model/index.js';
import { escapeMarkdown } from './markdown.js';

/** What `corroborate stories` prints: the stories found, how the articles were ordered, and the problems met. */
export interface StoryList {
  readonly stories: readonly StorySummary[];
  /** Articles read (each in one story). */
  readonly articles: number;
  /** The arrival order replayed ("by publication date", "input order (no article has a publication date)"). */
  readonly order: string;
  readonly diagnostics: readonly Diagnostic[];
}

const dateOf = (iso: string): string => iso.slice(0, 10);

function describeSpan(story: StorySummary): string | null {
  if (!story.first || !story.last) return null;
  return dateOf(story.first) === dateOf(story.last) ? dateOf(story.first) : `${dateOf(story.first)} – ${dateOf(story.last)}`;
}

const plural = (count: number, word: string, words = `${word}s`): string => `${count} ${count === 1 ? word : words}`;

// Ids read as code ("1_10ecb", "feed.xml#3"); one holding a backtick is escaped as text instead.
const codeOf = (id: string): string => (id.includes('`') ? escapeMarkdown(id) : `\`${id}\``);

/** The story list as Markdown: one section per story, biggest first. */
export function renderStoryListMarkdown(list: StoryList): string {
  const lines = [`# ${plural(list.stories.length, 'story', 'stories')} from ${plural(list.articles, 'article')}`, '', `Arrival order: ${list.order}.`, ''];
  list.stories.forEach((story, index) => {
    lines.push(`## ${index + 1}. ${story.title ? escapeMarkdown(story.title) : '*untitled*'}`, '');
    const facts = [plural(story.articles.length, 'article'), plural(story.sources, 'source'), describeSpan(story)].filter(Boolean);
    lines.push(`${facts.join(' · ')} · story ${story.id}`, '');
    if (story.outlets.length > 0) lines.push(`- Outlets: ${story.outlets.map(escapeMarkdown).join(', ')}`);
    if (story.entities.length > 0) lines.push(`- Names: ${story.entities.map((entity) => `${escapeMarkdown(entity.name)} (${entity.type})`).join(', ')}`);
    lines.push(`- Articles: ${story.articles.map(codeOf).join(', ')}`, '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The story list as JSON (schema/stories.schema.json): `{ stories: [{ id, title, articles, sources, outlets, first, last, entities }], … }`. */
export function renderStoryListJson(list: StoryList): string {
  return `${JSON.stringify({ version: 1, stories: list.stories, articles: list.articles, order: list.order, diagnostics: list.diagnostics }, null, 2)}\n`;
}
