import { useEffect, useRef } from 'react';
import { mountCanvasView } from '../canvas/canvasView';
import type { Editor } from '../editor/editor';

/** The React side of the canvas: a box that the Fabric view fills and keeps in step with the editor. */
export function CanvasHost({ editor }: { editor: Editor }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => mountCanvasView(host.current!, editor), [editor]);
  // Focusable, so Space-to-pan and Delete work after clicking the canvas.
  return <div ref={host} className="canvas-host" tabIndex={0} aria-label="Design canvas" role="region" />;
}
