import { useState, useSyncExternalStore } from 'react';
import type { CatalogFont } from '../../shared/ipc/features/fonts.contract';
import { fontChoices } from '../text';
import { FormField } from './FormField';

const BUNDLED_GROUPS: Array<[NonNullable<CatalogFont['category']>, string]> = [
  ['sans', 'Sans serif'],
  ['serif', 'Serif'],
  ['script', 'Script'],
  ['display', 'Display'],
  ['fallback', 'Other scripts'],
];

/** Bundled fonts by family (a bold face says so); others by family and style (a regular style goes unsaid). */
export function familyStyle(f: CatalogFont): string {
  return f.source === 'bundled' ? (f.style === 'Bold' ? `${f.family} Bold` : f.family) : /^(Regular|Normal|Book|Roman)$/i.test(f.style) ? f.family : `${f.family} ${f.style}`;
}

/** The font's name with what print and saving will do. */
function fontName(f: CatalogFont): string {
  const name = familyStyle(f);
  const limits = [...(f.embeddable ? [] : ['prints as outlines']), ...(f.travels ? [] : ['not saved in designs'])];
  return limits.length ? `${name} (${limits.join(', ')})` : name;
}

/** Said under the picker when the chosen font's licence keeps it out of design files. */
const STAYS_HERE = 'Its licence does not allow copying it into design files: on a computer without this font, the text draws in a fallback font.';

/** The library in the order the picker lists it: bundled by category, then imported, then installed. */
export function groups(fonts: readonly CatalogFont[]): Array<[string, CatalogFont[]]> {
  const bundled = fonts.filter((f) => f.source === 'bundled');
  const all: Array<[string, CatalogFont[]]> = [
    ...BUNDLED_GROUPS.map(([category, label]): [string, CatalogFont[]] => [`Bundled: ${label}`, bundled.filter((f) => f.category === category)]),
    ['Imported', fonts.filter((f) => f.source === 'user')],
    ['This computer', fonts.filter((f) => f.source === 'system')],
  ];
  return all.filter(([, members]) => members.length > 0);
}

/**
 * The font library by where each font comes from (shipped, imported, installed here), with the import
 * action. A font id the library does not have (a design from another computer) stays selected, marked missing.
 */
export function FontSelect({ value, disabled, onChange }: { value: string; disabled: boolean; onChange: (font: string) => void }) {
  const fonts = useSyncExternalStore(fontChoices.subscribe, fontChoices.snapshot);
  const [problem, setProblem] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const chosen = fonts.find((f) => f.id === value);
  const staysHere = chosen?.travels === false;

  const importFont = async () => {
    setImporting(true);
    const outcome = await fontChoices.importFont();
    setImporting(false);
    setProblem(outcome.ok ? null : outcome.message);
    const first = outcome.ok ? outcome.fonts[0] : undefined;
    if (first) onChange(first.id);
  };

  return (
    <FormField label="Font" className="field compact" error={problem}>
      {({ id, errorId, invalid }) => (
        <>
          <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} aria-describedby={[invalid ? errorId : '', staysHere ? `${id}-stays` : ''].join(' ').trim() || undefined}>
            {!chosen && <option value={value}>{`${value} (missing)`}</option>}
            {groups(fonts).map(([label, members]) => (
              <optgroup key={label} label={label}>
                {members.map((f) => (
                  <option key={f.id} value={f.id} title={f.scripts.join(', ')}>
                    {fontName(f)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="button" className="small" style={{ justifySelf: 'start' }} disabled={disabled || importing} onClick={() => void importFont()}>
            Import font…
          </button>
          {staysHere && (
            <p id={`${id}-stays`} className="hint">
              {STAYS_HERE}
            </p>
          )}
        </>
      )}
    </FormField>
  );
}
