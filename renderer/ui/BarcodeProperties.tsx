import type { BarcodeObject, Color } from '../../shared/model';
import { barcodeItems, SYMBOLOGY_NAMES } from '../../shared/render/barcode';
import { fieldValues, hasTokens, tokenFiller } from '../../shared/render/fields';
import { setSymbology } from '../editor/barcodeEdits';
import { addSwatch } from '../editor/swatchEdits';
import { ColorField } from './ColorField';
import { FormField } from './FormField';
import type { SectionProps } from './GeometryProperties';
import { SelectField } from './SelectField';

/** Symbology, content (field tokens allowed) and colours of one barcode; says why content cannot be encoded. */
export function BarcodeProperties({ editor, record, disabled, set, swatches }: SectionProps<BarcodeObject>) {
  const tokens = hasTokens(record.content);
  // With tokens, check what the sample values make of it: that is what the preview and a proof show.
  const checked = tokens ? tokenFiller(record.content)(fieldValues(editor.getState().design.fields)) : record.content;
  const drawn = barcodeItems(record, checked);
  const problem = drawn.ok ? null : tokens ? `With the sample values: ${drawn.error.message}` : drawn.error.message;
  const onAddSwatch = (name: string, color: Color) => addSwatch(editor, name, color);
  return (
    <section className="props-section" aria-label="Barcode settings">
      <SelectField label="Barcode type" value={record.symbology} options={SYMBOLOGY_NAMES} disabled={disabled} onChange={(s) => setSymbology(editor, record, s)} />
      <FormField label="Content" error={problem}>
        {({ id, errorId, invalid }) => (
          <textarea
            id={id}
            rows={2}
            value={record.content}
            disabled={disabled}
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            // Typing merges into one step until the field is left.
            onChange={(e) => set({ content: e.target.value }, 'Edit barcode content', `barcode:${record.id}`)}
            onBlur={() => editor.store.closeGesture()}
          />
        )}
      </FormField>
      {tokens && !problem && <p className="hint">Field tokens are filled for each record; Preview shows the sample values.</p>}
      <ColorField label="Bars" color={record.color} swatches={swatches} disabled={disabled} onChange={(color) => color && set({ color }, 'Change barcode colour')} onAddSwatch={onAddSwatch} />
      <ColorField label="Background" color={record.background} allowNone swatches={swatches} disabled={disabled} onChange={(background) => set({ background }, 'Change barcode background')} onAddSwatch={onAddSwatch} />
    </section>
  );
}
