import { createShape, createText, type DesignObject } from '../../shared/model';
import type { Editor } from './editor';
import { applyLayoutEdit } from './transact';

/** Where an object ended up after the user moved, resized or rotated it on the canvas. */
export interface ObjectTransform {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
}

/** Canvas round-trips leave float noise (12.000000001); a ten-thousandth of a point is far below print. */
export const round = (v: number) => Math.round(v * 10_000) / 10_000;

const SHAPE_STEPS = { rect: 'Add rectangle', roundedRect: 'Add rounded rectangle', ellipse: 'Add ellipse', line: 'Add line' } as const;

/** A new shape centred on the surface; a line starts horizontal (its box has no height: it runs corner to corner). */
export function addShape(editor: Editor, kind: keyof typeof SHAPE_STEPS): void {
  const { surface } = editor.getState();
  const side = Math.min(surface.width, surface.height);
  const width = round(kind === 'ellipse' ? side * 0.5 : side * 0.6);
  const height = kind === 'line' ? 0 : round(side * 0.4);
  const box = { x: round((surface.width - width) / 2), y: round((surface.height - height) / 2), width, height };
  addObjects(editor, SHAPE_STEPS[kind], [createShape(surface.id, kind, box)]);
}

export function addText(editor: Editor): void {
  const { surface } = editor.getState();
  const text = createText(surface.id, { x: 0, y: 0 });
  const at = { x: round((surface.width - text.width) / 2), y: round((surface.height - text.height) / 2) };
  addObjects(editor, 'Add text', [{ ...text, ...at }]);
}

/** Adds records on top of the paint order and selects them. */
export function addObjects(editor: Editor, label: string, objects: readonly DesignObject[]): void {
  if (applyLayoutEdit(editor, label, (tx) => objects.forEach((o) => tx.addObject(o)))) editor.select(objects.map((o) => o.id));
}

export function deleteSelection(editor: Editor, label = 'Delete'): void {
  const ids = editor.getState().selection;
  if (ids.length === 0 || !unlocked(editor, ids)) return;
  applyLayoutEdit(editor, ids.length === 1 ? label : `${label} ${ids.length} objects`, (tx) => ids.forEach((id) => tx.removeObject(id)));
}

/** Locked objects refuse canvas and keyboard edits; the message names the first of them. */
export function unlocked(editor: Editor, ids: readonly string[]): boolean {
  const locked = editor.getState().design.objects.find((o) => o.locked && ids.includes(o.id));
  if (locked) editor.report('error', `“${locked.name}” is locked. Unlock it in the Layers panel to change it.`);
  return !locked;
}

/** One canvas gesture, however many objects it moved, is one transaction and so one undo step. */
export function commitTransforms(editor: Editor, transforms: readonly ObjectTransform[], label: string): void {
  const { design } = editor.getState();
  const changed = transforms
    .map((t) => ({ ...t, x: round(t.x), y: round(t.y), width: round(t.width), height: round(t.height), rotation: round(t.rotation) }))
    .filter((t) => {
      const o = design.objects.find((obj) => obj.id === t.id);
      return o && (o.x !== t.x || o.y !== t.y || o.width !== t.width || o.height !== t.height || o.rotation !== t.rotation);
    });
  if (changed.length === 0) return;
  applyLayoutEdit(editor, label, (tx) => {
    for (const { id, ...box } of changed) tx.update('object', id, box);
  });
}

export function undo(editor: Editor): void {
  editor.store.undo();
}

export function redo(editor: Editor): void {
  editor.store.redo();
}
