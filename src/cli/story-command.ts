import { InvalidArgumentError, type Command } from 'commander';
import type { StoryEdit, StoryRecord } from '../store/index.js';
import { openCommandStore } from './database-url.js';

interface DataFlags {
  readonly data?: string;
  readonly database?: string;
}

function parseId(value: string, previous: number[] = []): number[] {
  if (!/^[1-9][0-9]*$/.test(value)) throw new InvalidArgumentError('expected an id (a positive whole number)');
  return [...previous, Number(value)];
}

const one = (value: string): number => parseId(value)[0]!;

async function edit(flags: DataFlags, change: StoryEdit, verb: string): Promise<void> {
  const opened = await openCommandStore(flags, 'story');
  try {
    const story: StoryRecord = await opened.store.editStories(change);
    process.stdout.write(
      `${verb} story #${story.id} ${JSON.stringify(story.title ?? story.headline ?? '')}: ${story.articles} articles, ${story.sources} sources (store: ${opened.where})\n`,
    );
  } finally {
    await opened.close();
  }
}

/** Registers `corroborate story rename|merge|split`: edits the stories in the store by hand. */
export function registerStory(program: Command): void {
  const story = program
    .command('story')
    .description('Edit stories in the store by hand: rename, merge, split (a merged story also takes the later articles of its clusters).');
  const data = ['-d, --data <dir>', 'store folder (default as for ingest)'] as const;
  const database = ['--database <url>', 'edit the PostgreSQL store instead (default $CORROBORATE_DATABASE_URL)'] as const;
  story
    .command('rename')
    .description('Give a story a title')
    .argument('<id>', 'story id', one)
    .argument('<title>', 'the new title')
    .option(...data)
    .option(...database)
    .action(async (id: number, title: string, flags: DataFlags) => edit(flags, { kind: 'rename', story: id, title }, 'renamed'));
  story
    .command('merge')
    .description('Move the articles of other stories into one and delete the others; articles of their clusters join it from then on')
    .argument('<into>', 'the story that stays', one)
    .argument('<from...>', 'the stories merged into it', (value: string, previous: number[] | undefined) => parseId(value, previous ?? []))
    .option(...data)
    .option(...database)
    .action(async (into: number, from: number[], flags: DataFlags) => edit(flags, { kind: 'merge', into, from }, 'merged into'));
  story
    .command('split')
    .description('Move some articles of a story into a new story')
    .argument('<id>', 'the story split', one)
    .argument('<articles...>', 'ids of the articles that move', (value: string, previous: number[] | undefined) => parseId(value, previous ?? []))
    .option('-t, --title <title>', 'title of the new story')
    .option(...data)
    .option(...database)
    .action(async (id: number, articles: number[], flags: DataFlags & { title?: string }) =>
      edit(flags, { kind: 'split', story: id, articles, title: flags.title ?? null }, 'split off'),
    );
}
