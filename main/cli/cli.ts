import { parseCli, USAGE } from './args';
import { runExport } from './export-command';
import type { Io } from './io';
import { runPreflight } from './preflight-command';
import { runProof } from './proof-command';
import { runTemplates } from './templates-command';
import { EXIT_INTERNAL, EXIT_USAGE, UsageError } from './usage-error';

/** Runs one command; resolves to the exit code. Never throws and never prints a stack trace. */
export async function cli(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.command === 'help') io.out(USAGE);
    else if (args.command === 'templates') runTemplates(args, io);
    else if (args.command === 'preflight') return await runPreflight(args, io);
    else if (args.command === 'proof') await runProof(args, io);
    else await runExport(args, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}`);
      return EXIT_USAGE;
    }
    io.err(`error: internal: ${e instanceof Error ? e.message : String(e)} (please report this)`);
    return EXIT_INTERNAL;
  }
}
