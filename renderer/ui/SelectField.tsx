import { FormField } from './FormField';

/** The two units a design can work in. */
export const UNITS = { mm: 'Millimetres (mm)', in: 'Inches (in)' } as const;

interface Props<T extends string> {
  label: string;
  value: T;
  /** Value → what the user reads, in the order shown. */
  options: Readonly<Record<T, string>>;
  disabled?: boolean | undefined;
  className?: string;
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ label, value, options, disabled, className = 'field compact', onChange }: Props<T>) {
  return (
    <FormField label={label} className={className}>
      {({ id }) => (
        <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
          {(Object.entries(options) as Array<[T, string]>).map(([v, name]) => (
            <option key={v} value={v}>
              {name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A labelled checkbox; the label is the control's name. */
export function CheckField({ label, checked, disabled, onChange }: { label: string; checked: boolean; disabled?: boolean | undefined; onChange: (checked: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
