import type { ReactNode } from 'react';
import type { EditorCommand } from '../editor/commands';
import type { EditorState } from '../editor/editor';
import { ICONS } from './toolIcons';

interface ToolProps {
  command: EditorCommand;
  label: string;
  run: (command: EditorCommand) => void;
  /** What the button shows: its label, a shorter text, or an icon (the label then names it and is its tooltip). */
  text?: ReactNode;
  title?: string;
  shortcut?: string;
  disabled?: boolean;
  /** For the two-way mode switch. */
  pressed?: boolean;
}

export function Tool({ command, label, run, text = label, title, shortcut, disabled, pressed }: ToolProps) {
  return (
    <button
      type="button"
      className={typeof text === 'string' ? undefined : 'icon-tool'}
      aria-label={label}
      aria-pressed={pressed}
      title={[title ?? label, shortcut && `(${shortcut.replace('Control', 'Ctrl')})`].filter(Boolean).join(' ')}
      aria-keyshortcuts={shortcut}
      disabled={disabled}
      onClick={() => run(command)}
    >
      {text}
    </button>
  );
}

export function Toolbar({ state, run, recordsOpen = false }: { state: EditorState; run: (command: EditorCommand) => void; recordsOpen?: boolean }) {
  const { undoLabel, redoLabel, selection, busy, name, dirty, personalize } = state;
  return (
    <header className="topbar">
      <Tool command="home" label="Start screen" text="⌂" title="Start screen: recent designs and products" run={run} />
      <h1 className="doc-title" title={state.title}>
        {name}
        {dirty && (
          <span className="unsaved" aria-label="(unsaved changes)">
            {' •'}
          </span>
        )}
      </h1>
      <div role="toolbar" aria-label="Studio tools" className="tools">
        <div className="group" role="group" aria-label="File">
          <Tool command="new" label="New" text="New…" run={run} shortcut="Control+N" disabled={busy} />
          <Tool command="open" label="Open" text="Open…" run={run} shortcut="Control+O" disabled={busy} />
          <Tool command="save" label="Save" run={run} shortcut="Control+S" disabled={busy} />
          <Tool command="saveAs" label="Save As" text="Save As…" run={run} shortcut="Control+Shift+S" disabled={busy} />
          <Tool command="export" label="Export PDF" text="Export…" title="Export a print-ready PDF" run={run} shortcut="Control+E" disabled={busy} />
        </div>
        <div className="group" role="group" aria-label="History">
          <Tool command="undo" label="Undo" text={ICONS.undo} title={undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'} run={run} shortcut="Control+Z" disabled={!undoLabel} />
          <Tool command="redo" label="Redo" text={ICONS.redo} title={redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo'} run={run} shortcut="Control+Shift+Z" disabled={!redoLabel} />
        </div>
        {/* Icons with names and tooltips: the whole toolbar fits one row at 1280 px. */}
        <div className="group" role="group" aria-label="Add">
          <Tool command="addText" label="Add text" text={ICONS.text} run={run} shortcut="T" disabled={personalize} />
          <Tool command="addRect" label="Add rectangle" text={ICONS.rect} run={run} shortcut="R" disabled={personalize} />
          <Tool command="addRoundedRect" label="Add rounded rectangle" text={ICONS.roundedRect} run={run} disabled={personalize} />
          <Tool command="addEllipse" label="Add ellipse" text={ICONS.ellipse} run={run} shortcut="E" disabled={personalize} />
          <Tool command="addLine" label="Add line" text={ICONS.line} run={run} disabled={personalize} />
          <Tool command="addImage" label="Add image" text={ICONS.image} title="Add image: PNG, JPEG or SVG (or drop one on the canvas)" run={run} disabled={personalize || busy} />
          <Tool command="addBarcode" label="Add barcode" text={ICONS.barcode} title="Add a barcode or QR code" run={run} disabled={personalize} />
          <Tool command="delete" label="Delete selection" text={ICONS.delete} run={run} shortcut="Delete" disabled={personalize || selection.length === 0} />
        </div>
        <div className="group" role="group" aria-label="Order data">
          <Tool command="importData" label="Import data" text="Import data…" title="Import orders: CSV, TSV, Excel, JSON, Amazon Custom" run={run} disabled={busy} />
          <Tool command="toggleRecords" label="Records" text="Records" title="Show or hide the records panel" run={run} pressed={recordsOpen} />
        </div>
        <div className="group segmented" role="group" aria-label="Mode">
          <Tool command="unlockLayout" label="Template mode" text="Template" title="Template mode: design the layout" run={run} pressed={!personalize} />
          <Tool command="lockLayout" label="Personalize mode" text="Personalize" title="Personalize mode: lock the layout, edit only field values" run={run} pressed={personalize} />
        </div>
      </div>
    </header>
  );
}
