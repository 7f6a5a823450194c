import { Command, CommanderError } from 'commander';
import { CorroborateError } from '../model/index.js';
import { exitCodeFor } from './exit-codes.js';
import { registerBrief } from './brief-command.js';
import { registerEval } from './eval-command.js';
import { registerServe } from './serve-command.js';
import { registerIngest } from './ingest-command.js';
import { GENERATOR_VERSION } from '../version.js';

/** Runs the command line; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command();
  program
    .name('corroborate')
    .description('Reads many news articles about one event and writes a briefing whose every statement cites its sources.')
    .version(GENERATOR_VERSION)
    .exitOverride()
    .showHelpAfterError();
  registerBrief(program);
  registerEval(program);
  registerIngest(program);
  registerServe(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CorroborateError) {
      process.stderr.write(`corroborate: ${error.message}\n`);
      for (const d of error.diagnostics) process.stderr.write(`  ${d.severity}: ${d.input ?? d.source ?? ''} ${d.message}\n`);
      return exitCodeFor(error.code);
    }
    process.stderr.write(`corroborate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 70;
  }
}
