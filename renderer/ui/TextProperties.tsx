import type { Color, TextObject } from '../../shared/model';
import { round } from '../editor/edits';
import { addSwatch } from '../editor/swatchEdits';
import { EDIT_TEXT_LABEL, editTextKey } from '../editor/textEditing';
import { ColorField } from './ColorField';
import { FontPreviews } from './FontPreviews';
import { FontSelect } from './FontSelect';
import { FormField } from './FormField';
import type { SectionProps } from './GeometryProperties';
import { LengthField } from './LengthField';
import { NumberField } from './NumberField';
import { CheckField, SelectField } from './SelectField';

const ALIGN = { left: 'Left', center: 'Centre', right: 'Right', justify: 'Justify' } as const;
const VERTICAL = { top: 'Top', middle: 'Middle', bottom: 'Bottom' } as const;
const FIT = { none: 'Fixed size', shrink: 'Shrink to fit' } as const;
const CASE = { none: 'As typed', upper: 'UPPER CASE', lower: 'lower case', title: 'Title Case' } as const;
const SIDE = { top: 'Over the top', bottom: 'Under the bottom' } as const;

/** Content, font, fitting, alignment, spacing, case, colour and the arc of one text frame. */
export function TextProperties({ editor, record, unit, disabled, set, swatches, onTextDone }: SectionProps<TextObject> & { onTextDone: () => void }) {
  const arc = record.path;
  const changeFont = (font: string) => set({ font }, 'Change font');
  return (
    <section className="props-section" aria-label="Text settings">
      <FormField label="Text" className="field">
        {({ id }) => (
          <textarea
            id={id}
            rows={3}
            value={record.text}
            disabled={disabled}
            // Typing merges into one "Edit text" step until the field is left, as in the on-canvas editor.
            onChange={(e) => set({ text: e.target.value }, EDIT_TEXT_LABEL, editTextKey(record.id))}
            onBlur={onTextDone}
          />
        )}
      </FormField>
      <FontSelect value={record.font} disabled={disabled} onChange={changeFont} />
      <FontPreviews record={record} fields={editor.store.design.fields} disabled={disabled} onPick={changeFont} />
      <div className="pair">
        <NumberField label="Size (pt)" value={record.fontSize} digits={2} min={0.5} max={2000} disabled={disabled} onCommit={(v) => set({ fontSize: round(v), minFontSize: Math.min(record.minFontSize, round(v)) }, 'Change font size')} />
        <NumberField label="Min size (pt)" value={record.minFontSize} digits={2} min={0.5} max={record.fontSize} disabled={disabled} onCommit={(v) => set({ minFontSize: round(v) }, 'Change minimum size')} />
      </div>
      <div className="pair">
        <SelectField label="Fit" value={record.fit} options={FIT} disabled={disabled} onChange={(fit) => set({ fit }, 'Change fit')} />
        <NumberField
          label="Max lines"
          value={record.maxLines}
          integer
          min={1}
          max={1000}
          disabled={disabled}
          onCommit={(maxLines) => set({ maxLines }, 'Change maximum lines')}
          onClear={() => set({ maxLines: null }, 'Change maximum lines')}
        />
      </div>
      <CheckField label="Wrap lines" checked={record.wrap} disabled={disabled} onChange={(wrap) => set({ wrap }, wrap ? 'Wrap lines' : 'Do not wrap lines')} />
      <div className="pair">
        <SelectField label="Align" value={record.align} options={ALIGN} disabled={disabled} onChange={(align) => set({ align }, 'Change alignment')} />
        <SelectField label="Vertical align" value={record.verticalAlign} options={VERTICAL} disabled={disabled} onChange={(verticalAlign) => set({ verticalAlign }, 'Change vertical alignment')} />
      </div>
      <div className="pair">
        <NumberField label="Line spacing (×)" value={record.lineSpacing} digits={2} min={0.5} max={5} disabled={disabled} onCommit={(v) => set({ lineSpacing: round(v) }, 'Change line spacing')} />
        <NumberField label="Tracking (1/1000 em)" value={record.tracking} digits={0} min={-500} max={2000} disabled={disabled} onCommit={(v) => set({ tracking: Math.round(v) }, 'Change tracking')} />
      </div>
      <SelectField label="Case" value={record.textCase} options={CASE} disabled={disabled} onChange={(textCase) => set({ textCase }, 'Change case')} />
      <ColorField label="Text colour" color={record.fill} swatches={swatches} disabled={disabled} onChange={(fill) => fill && set({ fill }, 'Change text colour')} onAddSwatch={(name, color: Color) => addSwatch(editor, name, color)} />
      <CheckField
        label="Text on an arc"
        checked={arc !== null}
        disabled={disabled}
        onChange={(on) => set({ path: on ? { kind: 'arc', side: 'top', radius: round(Math.min(record.width, record.height) / 2 || 36), angle: 0, sweep: 180 } : null }, on ? 'Put text on an arc' : 'Straighten text')}
      />
      {arc && (
        <>
          <SelectField label="Arc side" value={arc.side} options={SIDE} disabled={disabled} onChange={(side) => set({ path: { ...arc, side } }, 'Change arc side')} />
          <div className="pair">
            <LengthField label="Arc radius" pt={arc.radius} unit={unit} min={0.01} disabled={disabled} onCommit={(radius) => set({ path: { ...arc, radius } }, 'Change arc radius')} />
            <NumberField label="Start angle (°)" value={arc.angle} digits={2} disabled={disabled} onCommit={(angle) => set({ path: { ...arc, angle: round(angle) } }, 'Change arc angle')} />
          </div>
        </>
      )}
    </section>
  );
}
