import { Command, CommanderError } from 'commander';
import { CorroborateError } from '../model/index.js';
import { exitCodeFor } from './exit-codes.js';
import { GENERATOR_VERSION } from '../version.js';

type Register = (program: Command) => void;

// Each command loads only its own modules: `brief` need not load the server, the store or the evaluation.
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  brief: async () => (await import('./brief-command.js')).registerBrief,
  eval: async () => (await import('./eval-command.js')).registerEval,
  ingest: async () => (await import('./ingest-command.js')).registerIngest,
  serve: async () => (await import('./serve-command.js')).registerServe,
  stories: async () => (await import('./stories-command.js')).registerStories,
  worker: async () => (await import('./worker-command.js')).registerWorker,
};

/** Runs the command line; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // `corroborate brief … | head -1`: a reader that stops reading ends the output quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const program = new Command();
  program
    .name('corroborate')
    .description('Reads many news articles about one event and writes a briefing whose every statement cites its sources.')
    .version(GENERATOR_VERSION)
    .exitOverride()
    .showHelpAfterError();
  const first = argv[0];
  const names = first !== undefined && Object.hasOwn(COMMANDS, first) ? [first] : Object.keys(COMMANDS);
  for (const name of names) (await COMMANDS[name]!())(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    // Usage errors (a missing argument, an unknown option or value) exit 64, as sysexits says; help and --version exit 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 64;
    if (error instanceof CorroborateError) {
      process.stderr.write(`corroborate: ${error.message}\n`);
      for (const d of error.diagnostics) process.stderr.write(`  ${d.severity}: ${d.input ?? d.source ?? ''} ${d.message}\n`);
      return exitCodeFor(error.code);
    }
    // A system error (a file that cannot be written, a full disk) is the user's to fix: say what, not where in our code.
    const system = error as NodeJS.ErrnoException;
    if (system instanceof Error && typeof system.code === 'string' && typeof system.syscall === 'string') {
      process.stderr.write(`corroborate: ${system.message}\n`);
      return 74;
    }
    process.stderr.write(`corroborate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}
