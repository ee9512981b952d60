import { useEffect, useRef, useState } from 'react';
import { colorToCss, type Color, type Swatch } from '../../shared/model';
import { convertColor, hexToRgb, rgbToHex, sameColor } from '../editor/colorSpaces';
import { CommitInput } from './CommitInput';
import { FormField } from './FormField';
import { NumberField } from './NumberField';

type Cmyk = Extract<Color, { space: 'cmyk' }>;
type Space = Color['space'] | 'none';

interface Props {
  /** "Fill", "Stroke": names the group and prefixes its controls' names. */
  label: string;
  color: Color | null;
  allowNone?: boolean;
  swatches: readonly Swatch[];
  disabled?: boolean;
  onChange: (color: Color | null) => void;
  onAddSwatch: (name: string, color: Color) => boolean;
}

const SPACES: Array<[Space, string]> = [
  ['none', 'None'],
  ['rgb', 'RGB'],
  ['cmyk', 'CMYK'],
  ['spot', 'Spot colour'],
];

const percent = (v: number) => v * 100;

/** Four ink percentages; `onCommit` gets the whole CMYK colour with one ink changed. */
function CmykInputs({ cmyk, disabled, onCommit }: { cmyk: Cmyk; disabled?: boolean | undefined; onCommit: (c: Cmyk) => void }) {
  const inks = [
    ['c', 'Cyan %'],
    ['m', 'Magenta %'],
    ['y', 'Yellow %'],
    ['k', 'Black %'],
  ] as const;
  return (
    <div className="quad">
      {inks.map(([ink, name]) => (
        <NumberField key={ink} label={name} value={percent(cmyk[ink])} digits={1} min={0} max={100} disabled={disabled} onCommit={(v) => onCommit({ ...cmyk, [ink]: v / 100 })} />
      ))}
    </div>
  );
}

/** A colour in RGB, CMYK or a named spot colour, with the document's swatches one click away. */
export function ColorField({ label, color, allowNone = false, swatches, disabled, onChange, onAddSwatch }: Props) {
  const [naming, setNaming] = useState(false);
  const space: Space = color?.space ?? 'none';
  const pickSpace = (next: Space) => {
    if (next === 'none') return onChange(null);
    onChange(convertColor(color ?? { space: 'rgb', r: 0, g: 0, b: 0 }, next));
  };
  return (
    <fieldset className="color-field" disabled={disabled}>
      <legend>{label}</legend>
      <div className="color-head">
        <span className="chip" style={{ background: color ? colorToCss(color) : 'transparent' }} aria-hidden="true" />
        <select aria-label={`${label} colour type`} value={space} onChange={(e) => pickSpace(e.target.value as Space)}>
          {SPACES.filter(([s]) => allowNone || s !== 'none').map(([s, name]) => (
            <option key={s} value={s}>
              {name}
            </option>
          ))}
        </select>
        {color?.space === 'rgb' && (
          <>
            <PickerInput key={rgbToHex(color)} label={`${label} colour`} value={rgbToHex(color)} onPick={(hex) => onChange(hexToRgb(hex))} />
            <CommitInput className="hex" aria-label={`${label} hex`} value={rgbToHex(color)} onCommit={(hex) => onChange(hexToRgb(hex) ?? color)} />
          </>
        )}
      </div>
      {color?.space === 'cmyk' && <CmykInputs cmyk={color} disabled={disabled} onCommit={onChange} />}
      {color?.space === 'spot' && (
        <>
          <div className="pair">
            <FormField label="Spot name" className="field compact">
              {({ id }) => <CommitInput id={id} value={color.name} onCommit={(name) => name.trim() && onChange({ ...color, name: name.trim() })} />}
            </FormField>
            <NumberField label="Tint %" value={percent(color.tint)} digits={1} min={0} max={100} disabled={disabled} onCommit={(v) => onChange({ ...color, tint: v / 100 })} />
          </div>
          <p className="hint">CMYK alternate, for proofs and printers without the ink:</p>
          <CmykInputs cmyk={color.alternate} disabled={disabled} onCommit={(alternate) => onChange({ ...color, alternate })} />
        </>
      )}
      <div className="swatches" role="group" aria-label={`${label} swatches`}>
        {swatches.map((s) => (
          <button
            key={s.name}
            type="button"
            className="swatch"
            aria-label={`Use swatch ${s.name}`}
            aria-pressed={sameColor(s.color, color)}
            title={s.name}
            style={{ background: colorToCss(s.color) }}
            onClick={() => onChange(s.color)}
          />
        ))}
        {color && !naming && (
          <button type="button" className="small" onClick={() => setNaming(true)}>
            Add swatch…
          </button>
        )}
      </div>
      {color && naming && <SwatchNamer onCancel={() => setNaming(false)} onAdd={(name) => onAddSwatch(name, color) && setNaming(false)} suggested={color.space === 'spot' ? color.name : ''} />}
    </fieldset>
  );
}

function SwatchNamer({ suggested, onAdd, onCancel }: { suggested: string; onAdd: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState(suggested);
  return (
    <div className="swatch-namer">
      <FormField label="Swatch name" className="field compact">
        {({ id }) => (
          <input
            id={id}
            type="text"
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onAdd(name);
              if (e.key === 'Escape') {
                e.preventDefault();
                onCancel();
              }
            }}
          />
        )}
      </FormField>
      <button type="button" className="small primary" onClick={() => onAdd(name)}>
        Add
      </button>
      <button type="button" className="small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/**
 * The system colour picker. React's onChange fires on every move inside the picker; the native
 * `change` event fires once when the user settles, which makes one undo step. Keyed by its value by
 * the caller, so an undo shows the model's colour again.
 */
function PickerInput({ label, value, onPick }: { label: string; value: string; onPick: (hex: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    const el = input.current!;
    const onChange = () => pick.current(el.value);
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);
  return <input ref={input} type="color" aria-label={label} defaultValue={value} />;
}
