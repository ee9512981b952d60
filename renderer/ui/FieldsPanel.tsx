import type { Field } from '../../shared/model';
import type { Editor, EditorState } from '../editor/editor';
import { addField, insertToken, removeField, updateField } from '../editor/fieldEdits';
import { tokenFor } from '../../shared/render/fields';
import { CommitInput } from './CommitInput';
import { FormField } from './FormField';
import { NumberField } from './NumberField';
import { CheckField } from './SelectField';

/** The design's fields: what changes per order, written {{name}} inside any text. */
export function FieldsPanel({ editor, state }: { editor: Editor; state: EditorState }) {
  const { design, selection, preview } = state;
  const selected = selection.length === 1 ? design.objects.find((o) => o.id === selection[0]) : undefined;
  const textId = selected?.type === 'text' ? selected.id : null;
  return (
    <div className="fields-panel">
      <label className="check switch">
        <input type="checkbox" role="switch" checked={preview} onChange={(e) => editor.setPreview(e.target.checked)} />
        Preview sample values
      </label>
      {design.fields.length === 0 && <p className="hint">Fields are what changes per order: add one, then insert its {'{{token}}'} into a text.</p>}
      {design.fields.map((field) => (
        <FieldEditor key={field.name} field={field} editor={editor} textId={textId} />
      ))}
      <button type="button" onClick={() => addField(editor)}>
        Add field
      </button>
    </div>
  );
}

function FieldEditor({ field, editor, textId }: { field: Field; editor: Editor; textId: string | null }) {
  const update = (patch: Partial<Field>) => updateField(editor, field.name, patch);
  const text = (label: string, key: 'name' | 'label' | 'defaultValue' | 'sample') => (
    <FormField label={label} className="field compact">
      {({ id }) => <CommitInput id={id} value={field[key]} onCommit={(value) => update({ [key]: key === 'name' ? value.trim() : value })} />}
    </FormField>
  );
  return (
    <fieldset className="field-card">
      <legend>{tokenFor(field.name)}</legend>
      <div className="pair">
        {text('Name', 'name')}
        {text('Label', 'label')}
      </div>
      <div className="pair">
        <NumberField label="Max length" value={field.maxLength} integer min={1} max={10_000} onCommit={(maxLength) => update({ maxLength })} onClear={() => update({ maxLength: null })} />
        <CheckField label="Required" checked={field.required} onChange={(required) => update({ required })} />
      </div>
      {text('Default value', 'defaultValue')}
      {text('Sample value', 'sample')}
      <div className="row-buttons">
        <button type="button" className="small" disabled={textId === null} title={textId === null ? 'Select a text first' : undefined} onClick={() => textId && insertToken(editor, textId, field.name)}>
          Insert into text
        </button>
        <button type="button" className="small" onClick={() => removeField(editor, field.name)}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
