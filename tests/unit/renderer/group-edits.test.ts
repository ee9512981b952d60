import { describe, expect, it } from 'vitest';
import { createDesign, createShape, restore, type Design } from '../../../shared/model';
import { Editor } from '../../../renderer/editor/editor';
import { groupSelection, regroupCopies, ungroupSelection, withGroupMates } from '../../../renderer/editor/groupEdits';
import { commandForKey } from '../../../renderer/editor/keymap';
import { copiesOf } from '../../../renderer/editor/objectEdits';

/** A design with four rectangles a, b, c, d, painted in that order (d in front). */
function fourShapes(): { editor: Editor; ids: string[] } {
  const design = createDesign({ name: 'G', unit: 'mm', width: 200, height: 100, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const surfaceId = design.surfaces[0]!.id;
  const shapes = ['a', 'b', 'c', 'd'].map((name, i) => ({ ...createShape(surfaceId, 'rect', { x: i * 40, y: 10, width: 30, height: 30 }), name }));
  const withShapes: Design = { ...design, objects: shapes, surfaces: [{ ...design.surfaces[0]!, objectIds: shapes.map((s) => s.id) }] };
  return { editor: new Editor(withShapes), ids: shapes.map((s) => s.id) };
}

const order = (editor: Editor) => editor.getState().surface.objectIds.map((id) => editor.getState().design.objects.find((o) => o.id === id)!.name);
const groupOf = (editor: Editor, id: string) => editor.getState().design.objects.find((o) => o.id === id)!.groupId;

describe('grouping', () => {
  it('groups the selection as one undo step, stacking the members together under the front-most', () => {
    const { editor, ids } = fourShapes();
    const [a, , c] = ids;
    editor.select([a!, c!]);
    groupSelection(editor);
    expect(groupOf(editor, a!)).toBeDefined();
    expect(groupOf(editor, c!)).toBe(groupOf(editor, a!));
    expect(order(editor)).toEqual(['b', 'a', 'c', 'd']);
    expect(editor.getState().undoLabel).toBe('Group');
    editor.store.undo();
    expect(order(editor)).toEqual(['a', 'b', 'c', 'd']);
    expect(groupOf(editor, a!)).toBeUndefined();
  });

  it('picks the whole group from one member, and ungroups every group the selection touches', () => {
    const { editor, ids } = fourShapes();
    editor.select([ids[0]!, ids[1]!]);
    groupSelection(editor);
    const { design, surface } = editor.getState();
    expect(withGroupMates(design, surface, [ids[1]!])).toEqual([ids[0], ids[1]]);
    expect(withGroupMates(design, surface, [ids[3]!])).toEqual([ids[3]]);
    editor.select([ids[0]!]);
    ungroupSelection(editor);
    expect(ids.map((id) => groupOf(editor, id))).toEqual([undefined, undefined, undefined, undefined]);
    expect(editor.getState().undoLabel).toBe('Ungroup');
    expect(editor.getState().selection).toEqual([ids[0], ids[1]]);
  });

  it('refuses to group fewer than two objects, and locked ones, with a message', () => {
    const { editor, ids } = fourShapes();
    editor.select([ids[0]!]);
    groupSelection(editor);
    expect(editor.getState().status?.text).toMatch(/two or more/);
    editor.store.transact('Lock', (tx) => tx.update('object', ids[1]!, { locked: true }));
    editor.select([ids[0]!, ids[1]!]);
    groupSelection(editor);
    expect(editor.getState().status?.text).toMatch(/“b” is locked/);
    expect(groupOf(editor, ids[0]!)).toBeUndefined();
  });

  it('gives copies of a group a new group of their own; a member copied alone is no group', () => {
    const { editor, ids } = fourShapes();
    editor.select([ids[0]!, ids[1]!]);
    groupSelection(editor);
    const [a, b] = editor.getState().design.objects;
    const copies = copiesOf([a!, b!], a!.surfaceId, 9);
    expect(copies[0]!.groupId).toBeDefined();
    expect(copies[0]!.groupId).not.toBe(a!.groupId);
    expect(copies[1]!.groupId).toBe(copies[0]!.groupId);
    expect(regroupCopies([a!])[0]!.groupId).toBeUndefined();
  });

  it('groups with Ctrl/Cmd+G and ungroups with Shift+Ctrl/Cmd+G', () => {
    const chord = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(commandForKey({ ...chord, key: 'g', ctrlKey: true })).toBe('group');
    expect(commandForKey({ ...chord, key: 'g', metaKey: true })).toBe('group');
    // With Shift held the browser reports the capital letter.
    expect(commandForKey({ ...chord, key: 'G', ctrlKey: true, shiftKey: true })).toBe('ungroup');
  });

  it('loads designs saved before groups existed, and keeps a group through save and load', () => {
    const { editor, ids } = fourShapes();
    const old = JSON.parse(JSON.stringify(editor.getState().design)) as Design;
    expect(old.objects.every((o) => !('groupId' in o))).toBe(true);
    expect(restore(old).ok).toBe(true);
    editor.select([ids[2]!, ids[3]!]);
    groupSelection(editor);
    const saved = JSON.parse(JSON.stringify(editor.getState().design)) as unknown;
    const loaded = restore(saved);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.design.objects.map((o) => o.groupId)).toEqual(editor.getState().design.objects.map((o) => o.groupId));
  });
});
