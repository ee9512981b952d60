import type { Field } from '../../shared/model';

/** `{{name}}`, with optional spaces inside the braces; the name follows the model's FieldName rule. */
const TOKEN = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function tokenFor(name: string): string {
  return `{{${name}}}`;
}

/** What a field shows without an order record: its sample value, else its default. */
export function displayValue(field: Field): string {
  return field.sample !== '' ? field.sample : field.defaultValue;
}

/**
 * Replaces each token of a known field by its value; a token naming no field stays as typed, so a
 * misspelt name is visible on the label rather than silently blank.
 */
export function fillTokens(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(TOKEN, (token, name: string) => values.get(name) ?? token);
}

/** The text with every token of field `from` naming field `to` instead. */
export function renameToken(text: string, from: string, to: string): string {
  return text.replace(TOKEN, (token, name: string) => (name === from ? tokenFor(to) : token));
}
