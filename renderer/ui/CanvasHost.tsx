import { useEffect, useRef, type DragEvent } from 'react';
import { mountCanvasView } from '../canvas/canvasView';
import type { Editor } from '../editor/editor';
import { TextEditorOverlay } from './TextEditorOverlay';

/** The canvas region's id: Escape in a panel field brings the keyboard back here. */
export const CANVAS_ID = 'design-canvas';

/** The React side of the canvas: a box that the Fabric view fills and keeps in step with the editor. */
export function CanvasHost({ editor, onDropFiles }: { editor: Editor; onDropFiles?: (files: File[]) => void }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => mountCanvasView(host.current!, editor), [editor]);
  // Files dragged from the desktop: accept them here, so the browser never navigates to a dropped file.
  const dragOver = (e: DragEvent) => {
    if (!onDropFiles || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const drop = (e: DragEvent) => {
    if (!onDropFiles || e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    onDropFiles([...e.dataTransfer.files]);
  };
  // Focusable, so Space-to-pan, arrows and Delete work after clicking the canvas or tabbing to it.
  // The text editor lies over the canvas, beside (not inside) the element Fabric manages.
  return (
    <>
      <div ref={host} id={CANVAS_ID} className="canvas-host" tabIndex={0} aria-label="Design canvas" role="region" onDragOver={dragOver} onDrop={drop} />
      <TextEditorOverlay editor={editor} />
    </>
  );
}
