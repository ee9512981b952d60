import { useState, type FormEvent } from 'react';
import type { NewDesignSpec } from '../../shared/model';
import { convertUnit, formToSpec, type FormErrors, type FormUnit, type NewDesignForm, type SurfaceKind } from '../editor/newDesignForm';
import { DEFAULT_PRESET, formFromPreset, PRESETS } from '../editor/presets';
import { FormField as Field } from './FormField';
import { Modal } from './Modal';
import { SelectField, UNITS } from './SelectField';

const SHAPES: Record<SurfaceKind, string> = { rect: 'Rectangle', roundedRect: 'Rounded rectangle', round: 'Round', ellipse: 'Ellipse' };
const CUSTOM = 'custom';
const PRESET_OPTIONS: Record<string, string> = { ...Object.fromEntries(PRESETS.map((p) => [p.id, p.label])), [CUSTOM]: 'Custom size' };

export function NewDesignDialog({ onCreate, onCancel }: { onCreate: (spec: NewDesignSpec) => void; onCancel: () => void }) {
  const [form, setForm] = useState(() => formFromPreset(DEFAULT_PRESET));
  const [presetId, setPresetId] = useState(DEFAULT_PRESET.id);
  const [errors, setErrors] = useState<FormErrors>({});

  /** An edited field loses its error until the next Create checks it again. */
  const clearErrors = (fields: string[]) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k))));
  const edit = (patch: Partial<NewDesignForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    clearErrors(Object.keys(patch));
    setPresetId(CUSTOM);
  };
  const pickPreset = (id: string) => {
    const preset = PRESETS.find((p) => p.id === id);
    if (preset) setForm((f) => formFromPreset(preset, f.name));
    setPresetId(id);
    setErrors({});
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = formToSpec(form);
    if (result.ok) onCreate(result.spec);
    else setErrors(result.errors);
  };
  const length = (field: 'width' | 'height' | 'radius' | 'bleed' | 'safeMargin', label: string) => (
    <Field label={`${label} (${form.unit})`} error={errors[field]}>
      {({ id, errorId }) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={form[field]}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={errors[field] ? errorId : undefined}
          onChange={(e) => edit({ [field]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <Modal labelledBy="new-design-title" onCancel={onCancel}>
      <form className="new-design" onSubmit={submit} noValidate>
        <h2 id="new-design-title">New design</h2>
        <SelectField label="Preset" className="field" value={presetId} options={PRESET_OPTIONS} onChange={pickPreset} />
        <Field label="Name" error={errors.name}>
          {({ id, errorId }) => (
            <input
              id={id}
              type="text"
              value={form.name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? errorId : undefined}
              onChange={(e) => {
                setForm((f) => ({ ...f, name: e.target.value }));
                clearErrors(['name']);
              }}
            />
          )}
        </Field>
        <div className="row">
          <SelectField label="Unit" className="field" value={form.unit} options={UNITS} onChange={(unit: FormUnit) => setForm((f) => convertUnit(f, unit))} />
          <SelectField label="Shape" className="field" value={form.shape} options={SHAPES} onChange={(shape) => edit({ shape })} />
        </div>
        <div className="row">
          {form.shape === 'round' ? length('width', 'Diameter') : length('width', 'Width')}
          {form.shape === 'round' ? null : length('height', 'Height')}
          {form.shape === 'roundedRect' ? length('radius', 'Corner radius') : null}
        </div>
        <div className="row">
          {length('bleed', 'Bleed')}
          {length('safeMargin', 'Safe margin')}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create
          </button>
        </div>
      </form>
    </Modal>
  );
}
