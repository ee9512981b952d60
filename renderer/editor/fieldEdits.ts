import { FieldName, type Field } from '../../shared/model';
import type { Editor } from './editor';
import { applyEdit, applyLayoutEdit } from './transact';
import { renameToken, tokenFor } from '../../shared/render/fields';

/** What staff see for a field: its label, or its name when it has none. */
export function fieldTitle(field: Field): string {
  return field.label.trim() || field.name;
}

/** Why a value may not go into a field, in words naming the field and its limit; null when it may. */
function valueProblem(field: Field, value: string): string | null {
  if (field.maxLength === null || value.length <= field.maxLength) return null;
  return `“${fieldTitle(field)}” allows at most ${field.maxLength} characters; this value has ${value.length}. The value was not changed.`;
}

export function addField(editor: Editor): void {
  const { fields } = editor.getState().design;
  let n = fields.length + 1;
  while (fields.some((f) => f.name === `field${n}`)) n++;
  const field: Field = {
    name: `field${n}`,
    label: `Field ${n}`,
    required: false,
    maxLength: null,
    defaultValue: '',
    sample: '',
    allowedFonts: [],
    allowedColors: [],
  };
  applyLayoutEdit(editor, 'Add field', (tx) => tx.setFields([...fields, field]));
}

/**
 * Changes a field's definition. A new name is checked here so the message says what to do, and the
 * design's tokens follow the rename in the same step, so no text is left pointing at the old name.
 */
export function updateField(editor: Editor, name: string, patch: Partial<Field>): void {
  const { design } = editor.getState();
  const field = design.fields.find((f) => f.name === name);
  if (!field) return;
  const next = { ...field, ...patch };
  const problem =
    renameProblem(design.fields, field, next.name) ??
    (patch.sample !== undefined ? valueProblem(next, next.sample) : null) ??
    (patch.defaultValue !== undefined ? valueProblem(next, next.defaultValue) : null) ??
    (patch.maxLength !== undefined ? limitProblem(next) : null);
  if (problem) return editor.report('error', problem);
  const renamed = next.name !== field.name;
  applyLayoutEdit(editor, renamed ? 'Rename field' : `Edit field “${field.name}”`, (tx) => {
    tx.setFields(design.fields.map((f) => (f.name === name ? next : f)));
    if (!renamed) return;
    for (const o of design.objects) {
      if (o.type !== 'text') continue;
      const text = renameToken(o.text, name, next.name);
      if (text !== o.text) tx.update('object', o.id, { text });
    }
  });
}

/** A new limit may not cut the field's own sample or default value. */
function limitProblem(field: Field): string | null {
  const { maxLength: max, sample, defaultValue } = field;
  if (max === null) return null;
  const [what, value] = sample.length > max ? ['sample', sample] : defaultValue.length > max ? ['default', defaultValue] : [null, ''];
  return what && `“${fieldTitle(field)}” has a ${what} value of ${value.length} characters, more than a limit of ${max}. Shorten it first; the limit was not changed.`;
}

function renameProblem(fields: readonly Field[], field: Field, name: string): string | null {
  if (name === field.name) return null;
  if (!FieldName.safeParse(name).success) return `“${name}” cannot name a field: start with a letter or _, then use letters, digits and _ only.`;
  if (fields.some((f) => f.name === name)) return `There is already a field named “${name}”.`;
  return null;
}

export function removeField(editor: Editor, name: string): void {
  const { fields } = editor.getState().design;
  applyLayoutEdit(editor, `Remove field “${name}”`, (tx) => tx.setFields(fields.filter((f) => f.name !== name)));
}

/** Appends the field's token to a text object, with a space before it unless the text ends in one. */
export function insertToken(editor: Editor, textId: string, name: string): void {
  const text = editor.getState().design.objects.find((o) => o.id === textId);
  if (text?.type !== 'text') return editor.report('error', 'Select a text to insert the field into.');
  const joiner = text.text === '' || /\s$/.test(text.text) ? '' : ' ';
  applyLayoutEdit(editor, 'Insert field', (tx) => tx.update('object', textId, { text: `${text.text}${joiner}${tokenFor(name)}` }));
}

/**
 * The one edit personalize mode allows: a field's value (stored as its sample until order records
 * arrive). Typing merges into one step per field; a value over the field's limit is refused whole.
 */
export function setFieldValue(editor: Editor, name: string, value: string): void {
  const { fields } = editor.getState().design;
  const field = fields.find((f) => f.name === name);
  if (!field) return;
  const problem = valueProblem(field, value);
  if (problem) return editor.report('error', problem);
  applyEdit(editor, `Edit ${fieldTitle(field)}`, (tx) => tx.setFields(fields.map((f) => (f.name === name ? { ...f, sample: value } : f))), `value:${name}`);
}
