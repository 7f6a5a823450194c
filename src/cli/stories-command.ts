import type { Command } from 'commander';

/** Placeholder: the `stories` command is not built yet. */
export function registerStories(program: Command): void {
  program.command('stories').description('(not built yet)').action(() => {
    process.stderr.write('corroborate stories: not built yet\n');
    process.exitCode = 1;
  });
}
