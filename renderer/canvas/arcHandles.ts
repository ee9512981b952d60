import { Control, Point, util, type TPointerEvent, type Transform } from 'fabric';
import type { ArcPath } from '../../shared/model';
import type { Editor } from '../editor/editor';
import { round } from '../editor/edits';
import { updateObject } from '../editor/objectEdits';
import { RecordObject } from './recordObject';

/** The undo step of one handle drag, however many moves it took. */
export const CHANGE_ARC_LABEL = 'Change arc';
const HANDLE_COLOR = '#e07a1f';
const CIRCLE_COLOR = 'rgba(224, 122, 31, 0.7)';
/** Handles keep their size on screen, in CSS pixels. */
const HANDLE_PX = 11;
/** The smallest radius a drag may set, in points: a circle smaller than this is a dot. */
const MIN_RADIUS = 1;
/** With Shift held, the start angle snaps to multiples of this. */
const ANGLE_STEP = 15;

/**
 * Where a point `radius` from the arc's centre at `angle` (degrees clockwise from 12 o'clock) lies in the
 * object's own plane, whose origin is its centre: the model centres the arc's circle on the object's box.
 */
export function onCircle(radius: number, angle: number): { x: number; y: number } {
  const rad = (angle * Math.PI) / 180;
  return { x: radius * Math.sin(rad), y: -radius * Math.cos(rad) };
}

/** The arc after dragging a handle to `local` (object plane): the radius handle sets the radius, the angle handle the start angle. */
export function dragArc(arc: ArcPath, handle: 'radius' | 'angle', local: { x: number; y: number }, snap: boolean): ArcPath {
  if (handle === 'radius') return { ...arc, radius: round(Math.max(MIN_RADIUS, Math.hypot(local.x, local.y))) };
  const degrees = (Math.atan2(local.x, -local.y) * 180) / Math.PI;
  return { ...arc, angle: snap ? Math.round(degrees / ANGLE_STEP) * ANGLE_STEP : Math.round(degrees * 10) / 10 };
}

/**
 * Two handles on a text on an arc, shown while it is selected: one on the circle at the anchor drags the
 * start angle round the circle, one opposite it drags the radius. The text follows live, because each move
 * is a model edit; all the moves of one drag merge into one "Change arc" step.
 */
function arcControl(editor: Editor, handle: 'radius' | 'angle'): Control {
  const along = (arc: ArcPath) => (handle === 'angle' ? arc.angle : arc.angle + 180);
  return new Control({
    actionName: 'arc',
    cursorStyle: handle === 'angle' ? 'grab' : 'ew-resize',
    sizeX: HANDLE_PX,
    sizeY: HANDLE_PX,
    positionHandler(_dim, _finalMatrix, object) {
      const arc = arcOf(object);
      if (!arc) return new Point(0, 0);
      const matrix = util.multiplyTransformMatrices(object.getViewportTransform(), object.calcTransformMatrix());
      return new Point(onCircle(arc.radius, along(arc))).transform(matrix);
    },
    actionHandler(e: TPointerEvent, transform: Transform, x: number, y: number) {
      const object = transform.target;
      const arc = arcOf(object);
      if (!(object instanceof RecordObject) || !arc) return false;
      const local = util.sendPointToPlane(new Point(x, y), undefined, object.calcTransformMatrix());
      const next = dragArc(arc, handle, local, e.shiftKey);
      if (next.radius === arc.radius && next.angle === arc.angle) return false;
      return updateObject(editor, object.record.id, { path: next }, CHANGE_ARC_LABEL, `arc:${object.record.id}`);
    },
    mouseUpHandler() {
      editor.store.closeGesture();
    },
    render(ctx, left, top, _style, object) {
      const arc = arcOf(object);
      if (!arc) return;
      ctx.save();
      if (handle === 'radius') paintCircle(ctx, object as RecordObject, arc);
      ctx.fillStyle = handle === 'angle' ? HANDLE_COLOR : '#ffffff';
      ctx.strokeStyle = HANDLE_COLOR;
      ctx.lineWidth = 2;
      ctx.beginPath();
      if (handle === 'angle') ctx.arc(left, top, HANDLE_PX / 2, 0, 2 * Math.PI);
      else ctx.rect(left - HANDLE_PX / 2, top - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX);
      ctx.fill();
      ctx.stroke();
      ctx.restore();
    },
  });
}

/** The baseline circle, dashed, so the user sees what the handles change. */
function paintCircle(ctx: CanvasRenderingContext2D, object: RecordObject, arc: ArcPath): void {
  const matrix = util.multiplyTransformMatrices(object.getViewportTransform(), object.calcTransformMatrix());
  const centre = new Point(0, 0).transform(matrix);
  const radius = arc.radius * Math.hypot(matrix[0], matrix[1]);
  ctx.beginPath();
  ctx.arc(centre.x, centre.y, radius, 0, 2 * Math.PI);
  ctx.setLineDash([4, 4]);
  ctx.lineWidth = 1;
  ctx.strokeStyle = CIRCLE_COLOR;
  ctx.stroke();
  ctx.setLineDash([]);
}

function arcOf(object: unknown): ArcPath | null {
  return object instanceof RecordObject && object.record.type === 'text' ? object.record.path : null;
}

export type ArcControls = Record<'arcRadius' | 'arcAngle', Control>;

/** The handles for one editor; every text on an arc shares them. */
export function createArcControls(editor: Editor): ArcControls {
  return { arcRadius: arcControl(editor, 'radius'), arcAngle: arcControl(editor, 'angle') };
}

/** Gives a view the arc handles while its record is a text on an arc, and takes them away otherwise. */
export function syncArcHandles(view: RecordObject, controls: ArcControls): void {
  const wanted = arcOf(view) !== null;
  if (wanted === 'arcAngle' in view.controls) return;
  view.controls = wanted ? { ...view.controls, ...controls } : Object.fromEntries(Object.entries(view.controls).filter(([key]) => !(key in controls)));
  view.setCoords();
}
