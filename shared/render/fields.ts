import type { Field } from '../model';

/** `{{name}}`, optional spaces inside the braces; the name follows the model's FieldName rule. */
const TOKEN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/;
/** The same, capturing the whole token too, for split(): text, token, name, text, … */
const TOKEN_PARTS = /(\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\})/;

/** How a field is written inside text. */
export function tokenFor(name: string): string {
  return `{{${name}}}`;
}

/** The text with every token of field `from` naming field `to` instead. */
export function renameToken(text: string, from: string, to: string): string {
  return text.replace(new RegExp(TOKEN.source, 'g'), (token, name: string) => (name === from ? tokenFor(to) : token));
}

/** Field name → value for one record. */
export type FieldValues = ReadonlyMap<string, string>;

/** Whether a text changes from record to record (and so cannot be shared artwork). */
export function hasTokens(text: string): boolean {
  return TOKEN.test(text);
}

/**
 * The values one record gives the design's fields. A field the record lacks takes its default value; with
 * no record at all (a proof, the CLI without --data) each field shows its sample, else its default.
 */
export function fieldValues(fields: readonly Field[], record?: Readonly<Record<string, string>>): Map<string, string> {
  const values = new Map<string, string>();
  for (const f of fields) {
    const fallback = !record && f.sample !== '' ? f.sample : f.defaultValue;
    values.set(f.name, record?.[f.name] ?? fallback);
  }
  return values;
}

/**
 * Fills a text's tokens from a record. Compiled once per text: a variable text is filled for every record of
 * a batch, so its tokens are found once rather than by a regular expression per record. A token naming no
 * field stays as typed, so a misspelt name is visible on the label rather than silently blank.
 */
export function tokenFiller(text: string): (values: FieldValues) => string {
  const parts = text.split(TOKEN_PARTS);
  // split with two capturing groups repeats (text, token as typed, name): parts[i] is text when i % 3 === 0.
  return (values) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 3) out += (values.get(parts[i + 1]!) ?? parts[i]!) + parts[i + 2]!;
    return out;
  };
}
