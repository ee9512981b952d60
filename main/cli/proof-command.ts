import { runProofRequest } from '../services/proof';
import type { ProofArgs } from './args';
import type { Io } from './io';
import { UsageError } from './usage-error';

/** `namesake proof`: one watermarked proof PDF per order; bad input is a UsageError (exit code 2). */
export async function runProof(args: ProofArgs, io: Io): Promise<void> {
  const done = await runProofRequest(args);
  if (!done.ok) throw new UsageError(done.error.message);
  const { orders, pages, files, seconds, warnings } = done.value;
  if (args.json) {
    io.out(JSON.stringify({ orders, pages, files, seconds: +seconds.toFixed(3), warnings }));
    return;
  }
  for (const w of warnings) io.err(`warning: ${w.message}`);
  io.out(`wrote ${orders} proof${orders === 1 ? '' : 's'} (${pages} page${pages === 1 ? '' : 's'}) to ${args.out}: ${files.join(', ')}`);
}
