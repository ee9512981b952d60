import type { Surface } from '../../shared/model';
import { formatLength } from '../../shared/units/length';
import type { EditorCommand } from '../editor/commands';
import type { EditorState } from '../editor/editor';
import { ZoomControls } from './ZoomControls';
import { TextReports } from './TextReports';

const SHAPE_NAMES: Record<Surface['shape']['kind'], string> = {
  rect: 'Rectangle',
  roundedRect: 'Rounded rectangle',
  round: 'Round',
  ellipse: 'Ellipse',
};

function describeSurface(surface: Surface, unit: 'mm' | 'in'): string {
  // Four decimals in inches, so 1/16 in reads 0.0625, not 0.063.
  const len = (pt: number) => `${formatLength(pt, unit, unit === 'in' ? 4 : 2)} ${unit}`;
  const size = surface.shape.kind === 'round' ? `⌀ ${len(surface.width)}` : `${len(surface.width)} × ${len(surface.height)}`;
  return `${SHAPE_NAMES[surface.shape.kind]} ${size} · bleed ${len(surface.bleed)} · safe ${len(surface.safeMargin)}`;
}

export function StatusBar({ state, run, onDismiss }: { state: EditorState; run: (command: EditorCommand) => void; onDismiss: () => void }) {
  const { status, surface, design, view } = state;
  return (
    <footer className="statusbar">
      {/* Always in the page, so screen readers announce what appears in it. */}
      <div className="status" role="status" aria-label="Messages" aria-live={status?.kind === 'error' ? 'assertive' : 'polite'} data-kind={status?.kind}>
        {status && (
          <>
            {status.kind === 'error' && (
              <span className="status-icon" aria-hidden="true">
                ⚠
              </span>
            )}
            <span className="status-text" key={status.seq}>
              {status.text}
            </span>
            <button type="button" className="dismiss" aria-label="Dismiss message" onClick={onDismiss}>
              ×
            </button>
          </>
        )}
      </div>
      <TextReports design={state.display} selection={state.selection} />
      <div className="status-right">
        <div className="surface-info">{describeSurface(surface, design.document.unit)}</div>
        <ZoomControls view={view} run={run} />
      </div>
    </footer>
  );
}
