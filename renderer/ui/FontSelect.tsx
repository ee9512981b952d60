import { BUNDLED_FONTS, type BundledFont } from '../../shared/text/font/bundled-fonts';
import { FormField } from './FormField';

const CATEGORIES: Array<[BundledFont['category'], string]> = [
  ['sans', 'Sans serif'],
  ['serif', 'Serif'],
  ['script', 'Script'],
  ['display', 'Display'],
  ['fallback', 'Other scripts'],
];

const fontName = (f: BundledFont) => (f.style === 'Bold' ? `${f.family} Bold` : f.family);

/** The bundled fonts by kind. A font id the list does not know (an imported font) stays selectable. */
export function FontSelect({ value, disabled, onChange }: { value: string; disabled: boolean; onChange: (font: string) => void }) {
  const known = BUNDLED_FONTS.some((f) => f.id === value);
  return (
    <FormField label="Font" className="field compact">
      {({ id }) => (
        <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          {!known && <option value={value}>{value}</option>}
          {CATEGORIES.map(([category, label]) => (
            <optgroup key={category} label={label}>
              {BUNDLED_FONTS.filter((f) => f.category === category).map((f) => (
                <option key={f.id} value={f.id}>
                  {fontName(f)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FormField>
  );
}
