import { colorToCss, type DesignObject } from '../../shared/model';
import { setUnit } from '../editor/documentEdits';
import type { Editor, EditorState } from '../editor/editor';
import { updateObject } from '../editor/objectEdits';
import { BarcodeProperties } from './BarcodeProperties';
import { GeometryProperties, type SectionProps } from './GeometryProperties';
import { ImageProperties } from './ImageProperties';
import { SelectField, UNITS } from './SelectField';
import { ShapeProperties } from './ShapeProperties';
import { TextProperties } from './TextProperties';

const KIND: Record<DesignObject['type'], string> = { text: 'Text', shape: 'Shape', image: 'Image', barcode: 'Barcode' };

/** The selected object's properties, in the design's unit; with nothing selected, the design's. */
export function PropertiesPanel({ editor, state }: { editor: Editor; state: EditorState }) {
  const { selection, design } = state;
  if (selection.length === 0) return <DesignProperties editor={editor} state={state} />;
  if (selection.length > 1) return <p className="hint">{selection.length} objects selected. Select one object to edit its properties.</p>;
  const record = design.objects.find((o) => o.id === selection[0]);
  if (!record) return null;
  const props: SectionProps = {
    editor,
    record,
    unit: design.document.unit,
    swatches: design.swatches,
    disabled: record.locked,
    set: (patch, label, mergeKey) => updateObject(editor, record.id, patch, label, mergeKey),
  };
  return (
    // Keyed by object, so a half-typed value never carries over to the next selection.
    <div className="properties" key={record.id}>
      <h3 className="panel-subtitle">
        {record.name} {record.name !== KIND[record.type] && <span className="kind">{KIND[record.type]}</span>}
      </h3>
      {record.locked && <p className="hint">Locked: unlock it to change it.</p>}
      <GeometryProperties {...props} />
      {record.type === 'shape' && <ShapeProperties {...props} record={record} />}
      {record.type === 'barcode' && <BarcodeProperties {...props} record={record} />}
      {record.type === 'text' && <TextProperties {...props} record={record} onTextDone={() => editor.store.closeGesture()} />}
      {record.type === 'image' && <ImageProperties {...props} record={record} />}
    </div>
  );
}

function DesignProperties({ editor, state }: { editor: Editor; state: EditorState }) {
  const { design } = state;
  return (
    <div className="properties">
      <h3 className="panel-subtitle">Design</h3>
      <SelectField label="Unit" value={design.document.unit} options={UNITS} onChange={(unit) => setUnit(editor, unit)} />
      <h4 className="panel-subtitle">Swatches</h4>
      {design.swatches.length === 0 ? (
        <p className="hint">No swatches yet. Add one from any colour of a selected object.</p>
      ) : (
        <ul className="swatch-list">
          {design.swatches.map((s) => (
            <li key={s.name}>
              <span className="chip" style={{ background: colorToCss(s.color) }} aria-hidden="true" />
              {s.name} <span className="kind">{s.color.space === 'spot' ? 'spot' : s.color.space.toUpperCase()}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">Select an object to edit it; add text and shapes from the toolbar.</p>
    </div>
  );
}
