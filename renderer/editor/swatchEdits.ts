import type { Color } from '../../shared/model';
import type { Editor } from './editor';
import { applyLayoutEdit } from './transact';

/** Adds a named colour to the document's swatches; names are unique, as a spot plate's name must be. */
export function addSwatch(editor: Editor, name: string, color: Color): boolean {
  const { swatches } = editor.getState().design;
  const trimmed = name.trim();
  if (trimmed === '') {
    editor.report('error', 'A swatch needs a name.');
    return false;
  }
  if (swatches.some((s) => s.name === trimmed)) {
    editor.report('error', `There is already a swatch named “${trimmed}”.`);
    return false;
  }
  return applyLayoutEdit(editor, 'Add swatch', (tx) => tx.setSwatches([...swatches, { name: trimmed, color }]));
}
