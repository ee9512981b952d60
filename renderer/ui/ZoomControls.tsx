import type { EditorCommand } from '../editor/commands';
import { zoomPercent, type View } from '../editor/viewport';
import { Tool } from './Toolbar';

/** Zoom out, the zoom level, zoom in and fit: in the status bar, next to what they change. */
export function ZoomControls({ view, run }: { view: View; run: (command: EditorCommand) => void }) {
  return (
    <div className="group zoom-group" role="group" aria-label="Zoom">
      <Tool command="zoomOut" label="Zoom out" text="−" run={run} shortcut="Control+-" />
      <output className="zoom" aria-label="Zoom level">
        {zoomPercent(view)} %
      </output>
      <Tool command="zoomIn" label="Zoom in" text="+" run={run} shortcut="Control+=" />
      <Tool command="zoomFit" label="Zoom to fit" text="Fit" run={run} shortcut="Control+0" />
    </div>
  );
}
