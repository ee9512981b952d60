/** Where the CLI writes: the terminal, or a test's capture. One call is one line. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const terminal: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
