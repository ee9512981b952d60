import type { Canvas, TPointerEventInfo } from 'fabric';
import type { Editor } from '../editor/editor';
import { withGroupMates } from '../editor/groupEdits';
import { RecordObject } from './recordObject';

/**
 * Pressing on a member of a group that is not selected yet selects the whole group before Fabric handles
 * the press, so the same press drags the group as one. A member picked alone (from the Layers panel)
 * stays alone. Returns detach.
 */
export function attachGroupPicking(canvas: Canvas, editor: Editor): () => void {
  const onPress = ({ e, target }: TPointerEventInfo) => {
    if (!(target instanceof RecordObject) || target.record.groupId === undefined || e.shiftKey) return;
    if (canvas.getActiveObjects().includes(target)) return;
    const { design, surface } = editor.getState();
    editor.select(withGroupMates(design, surface, [target.record.id]));
    // Fabric looked up the target before this event; look again, so the press lands on the new selection.
    canvas._cacheTransformEventData(e);
  };
  canvas.on('mouse:down:before', onPress);
  return () => canvas.off('mouse:down:before', onPress);
}
