import type { Editor, EditorState } from '../editor/editor';
import { fieldTitle, setFieldValue } from '../editor/fieldEdits';
import { FormField } from './FormField';

/** Personalize mode: the layout is locked, and staff fill in the fields' values here, within their limits. */
export function ValuesForm({ editor, state }: { editor: Editor; state: EditorState }) {
  const { fields } = state.design;
  return (
    <form className="values-form" aria-label="Field values" onSubmit={(e) => e.preventDefault()}>
      <p className="hint">The layout is locked. Fill in the values; the label shows them as they will print.</p>
      {fields.length === 0 && <p className="hint">This design has no fields. Unlock the layout to add some.</p>}
      {fields.map((f) => (
        <FormField key={f.name} label={f.required ? `${fieldTitle(f)} (required)` : fieldTitle(f)}>
          {({ id }) => (
            <>
              <input
                id={id}
                type="text"
                value={f.sample}
                aria-describedby={`${id}-count`}
                aria-invalid={f.required && f.sample === '' ? true : undefined}
                onChange={(e) => setFieldValue(editor, f.name, e.target.value)}
                onBlur={() => editor.store.closeGesture()}
              />
              <span id={`${id}-count`} className="count">
                {f.maxLength === null ? `${f.sample.length} characters` : `${f.sample.length} of ${f.maxLength} characters`}
              </span>
            </>
          )}
        </FormField>
      ))}
    </form>
  );
}
