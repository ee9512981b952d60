import { beforeAll, describe, expect, it } from 'vitest';
import { createDesign, createText, type Design, type TextObject } from '../../../shared/model';
import { textInput } from '../../../shared/render/text-frame';
import { layoutText, type FontLibrary } from '../../../shared/text';
import { Editor } from '../../../renderer/editor/editor';
import { beginTextEdit, endTextEdit, typeText } from '../../../renderer/editor/textEditing';
import { caretAt, offsetAt, sceneToFrame, selectionBoxes } from '../../../renderer/editor/textEditingCaret';
import { loadTextEngine } from '../text/node-engine';

let library: FontLibrary;
beforeAll(async () => {
  ({ library } = await loadTextEngine());
});

function oneText(text = 'Text'): { editor: Editor; id: string } {
  const design = createDesign({ name: 'T', unit: 'mm', width: 200, height: 100, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const t = createText(design.surfaces[0]!.id, { x: 20, y: 20 }, text);
  const withText: Design = { ...design, objects: [t], surfaces: [{ ...design.surfaces[0]!, objectIds: [t.id] }] };
  return { editor: new Editor(withText), id: t.id };
}

const layoutOf = (t: TextObject) => {
  const { text, frame } = textInput(t);
  return layoutText(library, text, frame);
};

describe('the in-place editing session', () => {
  it('makes a session of keystrokes one undo step, and the next session another', () => {
    const { editor, id } = oneText();
    expect(beginTextEdit(editor, id)).toBe(true);
    expect(editor.getState().editing).toEqual({ id, start: 0, end: 4 });
    for (const text of ['Z', 'Zo', 'Zoë']) typeText(editor, text, { start: text.length, end: text.length });
    expect(editor.getState().editing).toEqual({ id, start: 3, end: 3 });
    endTextEdit(editor);
    beginTextEdit(editor, id);
    typeText(editor, 'Zoë!', { start: 4, end: 4 });
    endTextEdit(editor);
    expect(editor.getState().editing).toBeNull();
    editor.store.undo();
    expect((editor.getState().design.objects[0] as TextObject).text).toBe('Zoë');
    expect(editor.getState().undoLabel).toBe('Edit text');
    editor.store.undo();
    expect((editor.getState().design.objects[0] as TextObject).text).toBe('Text');
    expect(editor.getState().undoLabel).toBeNull();
  });

  it('shows the edited text’s tokens as typed while previewing sample values', () => {
    const { editor, id } = oneText('Hi {{name}}');
    editor.store.transact('Field', (tx) =>
      tx.setFields([{ name: 'name', label: 'Name', required: false, maxLength: null, defaultValue: '', sample: 'Zoë', allowedFonts: [], allowedColors: [] }]),
    );
    editor.setPreview(true);
    const shown = () => (editor.getState().display.objects[0] as TextObject).text;
    expect(shown()).toBe('Hi Zoë');
    beginTextEdit(editor, id);
    expect(shown()).toBe('Hi {{name}}');
    endTextEdit(editor);
    expect(shown()).toBe('Hi Zoë');
  });

  it('refuses a locked layout with a message', () => {
    const { editor, id } = oneText();
    editor.store.transact('Lock', (tx) => tx.setDocument({ layoutLocked: true }));
    expect(beginTextEdit(editor, id)).toBe(false);
    expect(editor.getState().status?.text).toMatch(/layout is locked/);
  });
});

describe('caret and selection from the engine’s layout', () => {
  it('puts the caret at glyph edges left to right, and a click back at the same offset', () => {
    const { editor } = oneText('Zoë');
    const t = editor.getState().design.objects[0] as TextObject;
    const layout = layoutOf(t);
    const carets = [0, 1, 2, 3].map((i) => caretAt(layout, t, i));
    for (let i = 1; i < carets.length; i++) expect(carets[i]!.x).toBeGreaterThan(carets[i - 1]!.x);
    for (const [i, c] of carets.entries()) expect(offsetAt(layout, { x: c.x, y: c.y - c.up / 2 }, 3)).toBe(i);
  });

  it('runs right to left through Arabic, and highlights only the selected letters', () => {
    const { editor } = oneText('محمد');
    const t = { ...(editor.getState().design.objects[0] as TextObject), text: 'محمد' };
    const layout = layoutOf(t);
    const [start, end] = [caretAt(layout, t, 0), caretAt(layout, t, 4)];
    expect(start.x).toBeGreaterThan(end.x);
    const boxes = selectionBoxes(layout, 0, 2);
    const all = selectionBoxes(layout, 0, 4);
    const width = (list: typeof boxes) => list.reduce((sum, b) => sum + b.length, 0);
    expect(width(boxes)).toBeGreaterThan(0);
    expect(width(boxes)).toBeLessThan(width(all));
    // The first letters sit at the right-hand end of the word.
    expect(Math.min(...boxes.map((b) => b.x))).toBeGreaterThan(Math.min(...all.map((b) => b.x)));
  });

  it('follows a frame’s rotation when mapping a click into it', () => {
    const frame = { x: 10, y: 20, width: 100, height: 40, rotation: 90 };
    // Rotated a quarter turn about its centre (60, 40): the frame's top-left corner lands at the top right.
    const p = sceneToFrame(frame, { x: 80, y: -10 });
    expect(p.x).toBeCloseTo(0, 6);
    expect(p.y).toBeCloseTo(0, 6);
  });
});
