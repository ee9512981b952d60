import type { Canvas, TPointerEventInfo } from 'fabric';
import type { Editor } from '../editor/editor';
import { beginTextEdit, endTextEdit } from '../editor/textEditing';
import { caretAt, frameMatrix, offsetAt, sceneToFrame, selectionBoxes, type BaselineBox } from '../editor/textEditingCaret';
import { textLayouts } from '../text';
import { RecordObject } from './recordObject';

const CARET_COLOR = '#1f74d1';
const HIGHLIGHT = 'rgba(31, 116, 209, 0.25)';
/** The caret's width in CSS pixels, whatever the zoom. */
const CARET_PX = 1.5;

/**
 * The canvas side of in-place text editing: a double-click on a text frame opens the overlay editor with
 * the caret where the click was, a click elsewhere on the canvas closes it, and the caret and selection
 * are painted from the engine's layout over the glyphs it draws. Returns detach.
 */
export function attachTextEditing(canvas: Canvas, editor: Editor): () => void {
  const onDoubleClick = ({ target, scenePoint }: TPointerEventInfo) => {
    if (!(target instanceof RecordObject) || target.record.type !== 'text') return;
    const record = target.record;
    const layout = textLayouts.layout(record);
    const at = layout ? offsetAt(layout, sceneToFrame(record, scenePoint), record.text.length) : record.text.length;
    beginTextEdit(editor, record.id, { start: at, end: at });
  };

  // The overlay covers the frame, so a press that reaches the canvas is a click elsewhere.
  const onPress = () => endTextEdit(editor);

  const draw = ({ ctx }: { ctx: CanvasRenderingContext2D }) => {
    const { editing, display } = editor.getState();
    const record = editing && display.objects.find((o) => o.id === editing.id);
    if (!editing || record?.type !== 'text') return;
    const layout = textLayouts.layout(record);
    if (!layout) return;
    const [start, end] = [Math.min(editing.start, editing.end), Math.max(editing.start, editing.end)];
    ctx.save();
    ctx.transform(...(canvas.viewportTransform as [number, number, number, number, number, number]));
    ctx.transform(...frameMatrix(record));
    const pixel = 1 / canvas.getZoom();
    if (start === end) paintBox(ctx, caretAt(layout, record, start), CARET_COLOR, CARET_PX * pixel);
    else for (const box of selectionBoxes(layout, start, end)) paintBox(ctx, box, HIGHLIGHT, 0);
    ctx.restore();
  };

  canvas.on('mouse:dblclick', onDoubleClick);
  canvas.on('mouse:down:before', onPress);
  canvas.on('after:render', draw);
  return () => {
    canvas.off('mouse:dblclick', onDoubleClick);
    canvas.off('mouse:down:before', onPress);
    canvas.off('after:render', draw);
  };
}

/** Fills a baseline box; a caret (length 0) is `minWidth` wide. */
function paintBox(ctx: CanvasRenderingContext2D, box: BaselineBox, color: string, minWidth: number): void {
  ctx.save();
  ctx.translate(box.x, box.y);
  ctx.rotate((box.rotation * Math.PI) / 180);
  ctx.fillStyle = color;
  const width = Math.max(box.length, minWidth);
  ctx.fillRect(box.length > 0 ? 0 : -width / 2, -box.up, width, box.up + box.down);
  ctx.restore();
}
