/** The `namesake` command (bin/namesake loads the build of this file; see main/cli/README.md). */
import { cli } from './cli';
import { terminal } from './io';

// `namesake templates | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

void cli(process.argv.slice(2), terminal).then((code) => {
  process.exitCode = code;
});
