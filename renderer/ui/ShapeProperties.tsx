import type { Color, ShapeObject } from '../../shared/model';
import { round } from '../editor/edits';
import { addSwatch } from '../editor/swatchEdits';
import { ColorField } from './ColorField';
import type { SectionProps } from './GeometryProperties';
import { LengthField } from './LengthField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

/** Art prints; the dieline roles go to their own plates under the names RIPs and cutters expect. */
const ROLES = { art: 'Art (prints)', cut: 'CutContour (die cut)', crease: 'Crease', perforation: 'Perforation' } as const;

export function ShapeProperties({ editor, record, unit, disabled, set, swatches }: SectionProps<ShapeObject>) {
  const onAddSwatch = (name: string, color: Color) => addSwatch(editor, name, color);
  return (
    <section className="props-section" aria-label="Shape settings">
      <SelectField label="Role" value={record.role} options={ROLES} disabled={disabled} onChange={(role) => set({ role }, 'Change role')} />
      {record.shape === 'roundedRect' && (
        <LengthField label="Corner radius" pt={record.cornerRadius} unit={unit} min={0} disabled={disabled} onCommit={(cornerRadius) => set({ cornerRadius }, 'Change corner radius')} />
      )}
      {record.shape !== 'line' && (
        <ColorField label="Fill" color={record.fill} allowNone swatches={swatches} disabled={disabled} onChange={(fill) => set({ fill }, 'Change fill')} onAddSwatch={onAddSwatch} />
      )}
      <ColorField label="Stroke" color={record.stroke} allowNone swatches={swatches} disabled={disabled} onChange={(stroke) => set({ stroke }, 'Change stroke')} onAddSwatch={onAddSwatch} />
      {record.stroke && (
        <NumberField label="Stroke width (pt)" value={record.strokeWidth} digits={2} min={0} disabled={disabled} onCommit={(v) => set({ strokeWidth: round(v) }, 'Change stroke width')} />
      )}
    </section>
  );
}
