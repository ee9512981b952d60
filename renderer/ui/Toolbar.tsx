import type { EditorCommand } from '../editor/commands';
import type { EditorState } from '../editor/editor';
import { zoomPercent } from '../editor/viewport';

interface ToolProps {
  command: EditorCommand;
  label: string;
  run: (command: EditorCommand) => void;
  text?: string;
  title?: string;
  shortcut?: string;
  disabled?: boolean;
}

function Tool({ command, label, run, text = label, title, shortcut, disabled }: ToolProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={[title ?? label, shortcut && `(${shortcut.replace('Control', 'Ctrl')})`].filter(Boolean).join(' ')}
      aria-keyshortcuts={shortcut}
      disabled={disabled}
      onClick={() => run(command)}
    >
      {text}
    </button>
  );
}

export function Toolbar({ state, run }: { state: EditorState; run: (command: EditorCommand) => void }) {
  const { undoLabel, redoLabel, selection, busy, view, name, dirty } = state;
  return (
    <header className="topbar">
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
        </div>
        <div className="group" role="group" aria-label="History">
          <Tool command="undo" label="Undo" text="↶ Undo" title={undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'} run={run} shortcut="Control+Z" disabled={!undoLabel} />
          <Tool command="redo" label="Redo" text="↷ Redo" title={redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo'} run={run} shortcut="Control+Shift+Z" disabled={!redoLabel} />
        </div>
        <div className="group" role="group" aria-label="Add">
          <Tool command="addRect" label="Add rectangle" text="▭ Rectangle" run={run} />
          <Tool command="addEllipse" label="Add ellipse" text="◯ Ellipse" run={run} />
          <Tool command="addText" label="Add text" text="T Text" run={run} />
          <Tool command="delete" label="Delete selection" text="Delete" run={run} shortcut="Delete" disabled={selection.length === 0} />
        </div>
        <div className="group" role="group" aria-label="Zoom">
          <Tool command="zoomOut" label="Zoom out" text="−" run={run} shortcut="Control+-" />
          <output className="zoom" aria-label="Zoom level">
            {zoomPercent(view)} %
          </output>
          <Tool command="zoomIn" label="Zoom in" text="+" run={run} shortcut="Control+=" />
          <Tool command="zoomFit" label="Zoom to fit" text="Fit" run={run} shortcut="Control+0" />
        </div>
      </div>
    </header>
  );
}
