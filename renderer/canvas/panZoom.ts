import type { Editor } from '../editor/editor';

const LINE_PX = 16;
const WHEEL_ZOOM_RATE = 0.0015;

/**
 * Pan and zoom input on the canvas host: the wheel pans (Ctrl/Cmd + wheel or a pinch zooms at the
 * pointer), and a drag with the middle button or with Space held pans. These listeners run in the
 * capture phase so Fabric never starts a selection for a pan gesture.
 */
export function attachPanZoom(host: HTMLElement, editor: Editor): () => void {
  let spaceHeld = false;
  let drag: { id: number; x: number; y: number } | null = null;

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const scale = e.deltaMode === WheelEvent.DOM_DELTA_LINE ? LINE_PX : 1;
    if (e.ctrlKey || e.metaKey) {
      const r = host.getBoundingClientRect();
      editor.zoomBy(Math.exp(-e.deltaY * scale * WHEEL_ZOOM_RATE), { x: e.clientX - r.left, y: e.clientY - r.top });
    } else if (e.shiftKey && e.deltaX === 0) {
      editor.panBy(-e.deltaY * scale, 0);
    } else {
      editor.panBy(-e.deltaX * scale, -e.deltaY * scale);
    }
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 1 && !(e.button === 0 && spaceHeld)) return;
    e.preventDefault();
    e.stopPropagation();
    host.setPointerCapture(e.pointerId);
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
    host.classList.add('is-panning');
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    e.stopPropagation();
    editor.panBy(e.clientX - drag.x, e.clientY - drag.y);
    drag = { ...drag, x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    e.stopPropagation();
    drag = null;
    host.classList.remove('is-panning');
  };
  // Stops the browser's middle-click autoscroll (and X11 paste).
  const onMouseDown = (e: MouseEvent) => {
    if (e.button === 1) e.preventDefault();
  };

  /** Space pans only while the canvas has the user's attention, not while a button or field is focused. */
  const spaceTarget = (e: KeyboardEvent) =>
    e.code === 'Space' && (document.activeElement === document.body || host.contains(document.activeElement));
  const onKeyDown = (e: KeyboardEvent) => {
    if (!spaceTarget(e)) return;
    e.preventDefault();
    spaceHeld = true;
    host.classList.add('pan-ready');
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.code !== 'Space') return;
    spaceHeld = false;
    host.classList.remove('pan-ready');
  };

  const listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [
    [host, 'wheel', onWheel as EventListener, { passive: false }],
    [host, 'pointerdown', onPointerDown as EventListener, { capture: true }],
    [host, 'pointermove', onPointerMove as EventListener, { capture: true }],
    [host, 'pointerup', onPointerUp as EventListener, { capture: true }],
    [host, 'pointercancel', onPointerUp as EventListener, { capture: true }],
    [host, 'mousedown', onMouseDown as EventListener, { capture: true }],
    [window, 'keydown', onKeyDown as EventListener, {}],
    [window, 'keyup', onKeyUp as EventListener, {}],
  ];
  for (const [target, type, fn, opts] of listeners) target.addEventListener(type, fn, opts);
  return () => {
    for (const [target, type, fn, opts] of listeners) target.removeEventListener(type, fn, opts);
  };
}
