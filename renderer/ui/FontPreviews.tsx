import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type RefObject } from 'react';
import type { Field, TextObject } from '../../shared/model';
import { fieldValues, tokenFiller } from '../../shared/render/fields';
import type { CatalogFont } from '../../shared/ipc/features/fonts.contract';
import { paintFontSample } from '../canvas/fontSamplePainter';
import { fontChoices, textLayouts } from '../text';
import { familyStyle, groups } from './FontSelect';

/** Longer text would shrink to unreadable in a row; the start is enough to judge a font. */
const SAMPLE_CHARS = 30;

/** The first line of the text as the canvas preview fills it, cut to a sample; empty when there is nothing to show. */
function sampleText(record: TextObject, fields: readonly Field[]): string {
  const filled = tokenFiller(record.text)(fieldValues(fields));
  const first = filled.split(/\r\n|[\n\r\u2028\u2029]/)[0]!.trim();
  return Array.from(first).slice(0, SAMPLE_CHARS).join('');
}

/**
 * The record each row lays out: the selected text's sample on one line, at a fixed size (the row scales it
 * to fit), keeping the text's case and tracking so the sample looks like the label.
 */
function sampleRecord(record: TextObject, text: string): TextObject {
  return { ...record, text, path: null, fit: 'none', wrap: false, maxLines: null, align: 'left', verticalAlign: 'top', fontSize: 24, minFontSize: 24, lineSpacing: 1, width: 10_000, height: 100 };
}

/** Whether the element has been scrolled into its list's view (once seen, it stays drawn). */
function useSeen(element: RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = element.current;
    if (!el || seen) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), { root: el.parentElement });
    observer.observe(el);
    return () => observer.disconnect();
  }, [element, seen]);
  return seen;
}

interface RowProps {
  font: CatalogFont;
  id: string;
  base: TextObject;
  selected: boolean;
  active: boolean;
  onPick: () => void;
  onFocus: () => void;
}

/** One font: its name, and the sample drawn in it once the row is in view and the font loaded. */
function PreviewRow({ font, id, base, selected, active, onPick, onFocus }: RowProps) {
  const row = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const seen = useSeen(row);
  // A loaded font bumps the version: the row asks for its layout again.
  useSyncExternalStore(textLayouts.subscribe, () => textLayouts.version);
  const name = familyStyle(font);
  const record = useMemo(() => ({ ...base, font: font.id, text: base.text || name }), [base, font.id, name]);
  const layout = seen ? textLayouts.layout(record) : null;

  useEffect(() => {
    if (layout && canvas.current) paintFontSample(canvas.current, layout, (f) => textLayouts.font(f), getComputedStyle(canvas.current).color);
  }, [layout, selected]);

  return (
    <div ref={row} id={id} role="option" aria-selected={selected} aria-label={name} tabIndex={active ? 0 : -1} className="font-preview" onClick={onPick} onFocus={onFocus}>
      {layout && <canvas ref={canvas} aria-hidden="true" />}
      <span className="font-preview-name">{name}</span>
    </div>
  );
}

/** Keys that move through the list, to the index they lead to. */
const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(last, at + 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The font library as samples of the selected text, each drawn in its font by the text engine, behind a
 * toggle so the panel stays short. A row picks its font on click or Enter, the same one step as the picker.
 */
export function FontPreviews({ record, fields, disabled, onPick }: { record: TextObject; fields: readonly Field[]; disabled: boolean; onPick: (font: string) => void }) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const catalog = useSyncExternalStore(fontChoices.subscribe, fontChoices.snapshot);
  const fonts = useMemo(() => groups(catalog).flatMap(([, members]) => members), [catalog]);
  const sample = sampleText(record, fields);
  const base = useMemo(() => sampleRecord(record, sample), [record, sample]);
  const selectedAt = fonts.findIndex((f) => f.id === record.font);
  const [active, setActive] = useState(Math.max(0, selectedAt));
  const list = useRef<HTMLDivElement>(null);
  const rowId = (i: number) => `${ids}-font-${i}`;

  // Opening shows the chosen font in the middle of the list.
  useEffect(() => {
    const row = open && selectedAt >= 0 ? document.getElementById(rowId(selectedAt)) : null;
    if (row && list.current) list.current.scrollTop = row.offsetTop - (list.current.clientHeight - row.offsetHeight) / 2;
    // Only on opening: picking a row must not make the list jump.
  }, [open]);

  const pick = (font: CatalogFont) => {
    if (!disabled && font.id !== record.font) onPick(font.id);
  };

  const keyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      const next = move(active, fonts.length - 1);
      setActive(next);
      document.getElementById(rowId(next))?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const font = fonts[active];
      if (font) pick(font);
    }
  };

  return (
    <div className="font-previews">
      <button type="button" className="small" aria-expanded={open} aria-controls={`${ids}-list`} onClick={() => setOpen(!open)}>
        {open ? 'Hide previews' : 'Show previews'}
      </button>
      {open && (
        <div ref={list} id={`${ids}-list`} role="listbox" aria-label="Font previews" aria-disabled={disabled || undefined} className="font-preview-list" onKeyDown={keyDown}>
          {fonts.map((font, i) => (
            <PreviewRow key={font.id} font={font} id={rowId(i)} base={base} selected={i === selectedAt} active={i === active} onPick={() => pick(font)} onFocus={() => setActive(i)} />
          ))}
        </div>
      )}
    </div>
  );
}
