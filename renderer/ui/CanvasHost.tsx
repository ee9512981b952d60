import { useEffect, useRef } from 'react';
import { mountCanvasView } from '../canvas/canvasView';
import type { Editor } from '../editor/editor';

/** The canvas region's id: Escape in a panel field brings the keyboard back here. */
export const CANVAS_ID = 'design-canvas';

/** The React side of the canvas: a box that the Fabric view fills and keeps in step with the editor. */
export function CanvasHost({ editor }: { editor: Editor }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => mountCanvasView(host.current!, editor), [editor]);
  // Focusable, so Space-to-pan, arrows and Delete work after clicking the canvas or tabbing to it.
  return <div ref={host} id={CANVAS_ID} className="canvas-host" tabIndex={0} aria-label="Design canvas" role="region" />;
}
