import { ActiveSelection, type Canvas, type FabricObject } from 'fabric';
import type { Editor } from '../editor/editor';
import { snapBox, snapTargets, type SnapGuide } from '../editor/snapping';
import { RecordObject } from './recordObject';

/** How close, in screen pixels, an edge or centre must come to a target to snap to it. */
const SNAP_PX = 6;
const GUIDE_COLOR = '#e0338a';

/**
 * Snaps a dragged selection to the trim, the centre lines, the safe area and the other objects, and
 * draws smart guides where it snapped. Alt held while dragging moves freely. Returns detach.
 */
export function attachSnapping(canvas: Canvas, editor: Editor): () => void {
  let guides: SnapGuide[] = [];

  const onMoving = ({ target, e }: { target: FabricObject; e: Event }) => {
    guides = [];
    if ((e as MouseEvent).altKey) return;
    const moving = new Set((target instanceof ActiveSelection ? target.getObjects() : [target]).flatMap((o) => (o instanceof RecordObject ? [o.record.id] : [])));
    if (moving.size === 0) return;
    const { display, surface, view } = editor.getState();
    const others = display.objects.filter((o) => o.surfaceId === surface.id && !moving.has(o.id));
    target.setCoords();
    const { left, top, width, height } = target.getBoundingRect();
    const snap = snapBox({ x: left, y: top, width, height }, snapTargets(surface, others), SNAP_PX / view.zoom);
    target.set({ left: target.left + snap.dx, top: target.top + snap.dy });
    target.setCoords();
    guides = snap.guides;
  };

  const clear = () => {
    if (guides.length === 0) return;
    guides = [];
    canvas.requestRenderAll();
  };

  const draw = ({ ctx }: { ctx: CanvasRenderingContext2D }) => {
    if (guides.length === 0) return;
    const [a, b, c, d, e, f] = canvas.viewportTransform;
    ctx.save();
    ctx.transform(a, b, c, d, e, f);
    ctx.lineWidth = 1 / canvas.getZoom();
    ctx.strokeStyle = GUIDE_COLOR;
    ctx.beginPath();
    for (const g of guides) {
      if (g.axis === 'x') {
        ctx.moveTo(g.at, g.from);
        ctx.lineTo(g.at, g.to);
      } else {
        ctx.moveTo(g.from, g.at);
        ctx.lineTo(g.to, g.at);
      }
    }
    ctx.stroke();
    ctx.restore();
  };

  canvas.on('object:moving', onMoving);
  canvas.on('mouse:up', clear);
  canvas.on('after:render', draw);
  return () => {
    canvas.off('object:moving', onMoving);
    canvas.off('mouse:up', clear);
    canvas.off('after:render', draw);
  };
}
