import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SheetTemplate } from '../../shared/templates';
import { searchSheets, sheetDetail, sheetTitle, type ExportUnit } from '../editor/exportForm';

/** Sheets listed at a time: enough to browse, few enough that typing stays instant. */
const SHOWN = 60;

interface Props {
  selected: SheetTemplate | undefined;
  unit: ExportUnit;
  error: string | undefined;
  onSelect: (template: SheetTemplate) => void;
}

/**
 * A search box over the sheet-template catalogue and a listbox of the matches. Arrow keys move the
 * choice (from the search box too), Enter in the box takes the first match.
 */
export function ExportSheetPicker({ selected, unit, error, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const settled = useDeferredValue(query);
  const results = useMemo(() => searchSheets(settled), [settled]);
  const shown = results.slice(0, SHOWN);
  const list = useRef<HTMLDivElement>(null);
  const ids = useId();
  const optionId = (t: SheetTemplate) => `${ids}-${t.id}`;

  const choose = (t: SheetTemplate | undefined) => {
    if (!t) return;
    onSelect(t);
    // The listbox keeps its chosen option in view as the arrows move it.
    requestAnimationFrame(() => document.getElementById(optionId(t))?.scrollIntoView({ block: 'nearest' }));
  };
  const move = (e: KeyboardEvent, fromSearch: boolean) => {
    const at = selected ? shown.indexOf(selected) : -1;
    const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: shown.length - 1 }[e.key];
    if (e.key === 'Enter' && fromSearch) {
      // Enter in the search box picks the best match rather than submitting the dialog.
      e.preventDefault();
      choose(shown[0]);
      return;
    }
    if (target === undefined || (fromSearch && (e.key === 'Home' || e.key === 'End'))) return;
    e.preventDefault();
    choose(shown[Math.max(0, Math.min(shown.length - 1, target))]);
    if (fromSearch) list.current?.focus();
  };

  return (
    <div className="sheet-picker">
      <input
        type="search"
        aria-label="Search sheet templates"
        aria-controls={`${ids}-list`}
        placeholder="Brand, part or size: avery 5160, 2.5 in round"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => move(e, true)}
      />
      <div
        ref={list}
        id={`${ids}-list`}
        role="listbox"
        aria-label="Sheet templates"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids}-error` : undefined}
        tabIndex={0}
        className="sheet-list"
        aria-activedescendant={selected && shown.includes(selected) ? optionId(selected) : undefined}
        onKeyDown={(e) => move(e, false)}
      >
        {shown.map((t) => (
          <div key={t.id} id={optionId(t)} role="option" aria-selected={t === selected} aria-label={sheetTitle(t)} className="sheet-option" onClick={() => choose(t)}>
            <span className="sheet-name">{sheetTitle(t)}</span>
            <span className="sheet-detail">{sheetDetail(t, unit)}</span>
          </div>
        ))}
      </div>
      <p className="hint" aria-live="polite">
        {results.length === 0
          ? 'No sheet matches. Try fewer words, or a size like 2 x 1 in.'
          : results.length > SHOWN
            ? `${results.length} sheets match; the first ${SHOWN} are listed.`
            : `${results.length} sheet${results.length === 1 ? '' : 's'} match.`}
      </p>
      {error && (
        <p id={`${ids}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
