import { useState } from 'react';
import { CommitInput } from './CommitInput';
import { FormField } from './FormField';

interface Props {
  label: string;
  /** In the unit the label names; null shows an empty field (for settings where none means no limit). */
  value: number | null;
  digits?: number;
  min?: number;
  max?: number;
  /** Whole numbers only (counts, not lengths). */
  integer?: boolean;
  disabled?: boolean;
  onCommit: (value: number) => void;
  /** Accepts an empty field: for settings where none means no limit. */
  onClear?: () => void;
}

const format = (v: number, digits: number) => String(Number(v.toFixed(digits)));

/** A number typed in the unit of its label, checked before it reaches the model. */
export function NumberField({ label, value, digits = 2, min, max, integer = false, disabled, onCommit, onClear }: Props) {
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    const text = raw.trim().replace(',', '.');
    if (text === '' && onClear) {
      setError(null);
      return onClear();
    }
    const n = text === '' ? NaN : Number(text);
    const problem = !Number.isFinite(n)
      ? 'Enter a number.'
      : integer && !Number.isInteger(n)
        ? 'Enter a whole number.'
        : min !== undefined && n < min
          ? `Use ${format(min, digits)} or more.`
          : max !== undefined && n > max
            ? `Use ${format(max, digits)} or less.`
            : null;
    setError(problem);
    if (!problem) onCommit(n);
  };
  return (
    <FormField label={label} error={error} className="field compact">
      {({ id, errorId, invalid }) => (
        <CommitInput
          id={id}
          inputMode="decimal"
          value={value === null ? '' : format(value, digits)}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onCommit={commit}
        />
      )}
    </FormField>
  );
}
