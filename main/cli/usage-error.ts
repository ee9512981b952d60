/**
 * Bad input from the command line or its files: printed as one `error:` line, exit code 2. Anything else
 * that escapes is a defect, reported as `error: internal …` with exit code 1; neither prints a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 1;
