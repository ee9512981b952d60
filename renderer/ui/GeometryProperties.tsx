import type { DesignObject, Swatch } from '../../shared/model';
import { round } from '../editor/edits';
import type { Editor } from '../editor/editor';
import { setHidden, setLocked } from '../editor/layerEdits';
import type { ObjectPatch } from '../editor/objectEdits';
import { LengthField } from './LengthField';
import { NumberField } from './NumberField';
import { CheckField } from './SelectField';

export interface SectionProps<T extends DesignObject = DesignObject> {
  editor: Editor;
  record: T;
  unit: 'mm' | 'in';
  swatches: readonly Swatch[];
  /** Locked object: only the Lock box stays available. */
  disabled: boolean;
  /** One labelled step; edits with the same `mergeKey` in a row merge (typing). */
  set: (patch: ObjectPatch, label: string, mergeKey?: string) => void;
}

/** Position, size, rotation, opacity, lock and visibility, in the design's unit. */
export function GeometryProperties({ editor, record, unit, disabled, set }: SectionProps) {
  const length = (label: string, key: 'x' | 'y' | 'width' | 'height', step: string, min?: number) => (
    <LengthField label={label} pt={record[key]} unit={unit} min={min} disabled={disabled} onCommit={(pt) => set({ [key]: pt }, step)} />
  );
  return (
    <section className="props-section" aria-label="Position and size">
      <div className="pair">
        {length('X', 'x', 'Move')}
        {length('Y', 'y', 'Move')}
      </div>
      <div className="pair">
        {length('Width', 'width', 'Resize', 0)}
        {length('Height', 'height', 'Resize', 0)}
      </div>
      <div className="pair">
        <NumberField label="Rotation (°)" value={record.rotation} digits={2} disabled={disabled} onCommit={(v) => set({ rotation: round(((v % 360) + 360) % 360) }, 'Rotate')} />
        <NumberField label="Opacity (%)" value={record.opacity * 100} digits={1} min={0} max={100} disabled={disabled} onCommit={(v) => set({ opacity: round(v / 100) }, 'Change opacity')} />
      </div>
      <div className="pair">
        <CheckField label="Locked" checked={record.locked} onChange={(locked) => setLocked(editor, record.id, locked)} />
        <CheckField label="Visible" checked={!record.hidden} disabled={disabled} onChange={(visible) => setHidden(editor, record.id, !visible)} />
      </div>
    </section>
  );
}
