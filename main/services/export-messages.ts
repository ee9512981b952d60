/**
 * The export pipeline words its messages for the command line ("--out: the folder of … does not exist");
 * the studio shows them as sentences: without the option's name, capitalised, with a full stop. A message
 * that starts with a file name ("orders.csv: row 3: …") keeps the name as it is written.
 */
export function exportSentence(message: string): string {
  const text = message.replace(/^--[a-z-]+:\s*/, '').trim();
  const startsWithFile = /^[^\s:]+\.[A-Za-z0-9]+:/.test(text);
  const capital = startsWithFile ? text : text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** The first `shown` sentences, then one that counts the rest, so a dialog never lists ten thousand rows. */
export function firstOf(messages: readonly string[], shown: number): string[] {
  if (messages.length <= shown) return [...messages];
  const more = messages.length - shown;
  return [...messages.slice(0, shown), `And ${more} more like ${more === 1 ? 'it' : 'these'}.`];
}
