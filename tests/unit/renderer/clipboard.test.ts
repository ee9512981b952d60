import { describe, expect, it } from 'vitest';
import { createBarcode, createDesign, createShape, type AssetRef, type Design, type DesignObject, type ImageObject } from '../../../shared/model';
import { Clipboard } from '../../../renderer/editor/clipboard';
import { Editor } from '../../../renderer/editor/editor';
import { groupSelection } from '../../../renderer/editor/groupEdits';

const LOGO: AssetRef = { id: 'a'.repeat(64), name: 'logo.png', mime: 'image/png', size: 1234 };
const OTHER: AssetRef = { id: 'b'.repeat(64), name: 'unused.png', mime: 'image/png', size: 99 };

function design(name: string, objects: (surfaceId: string) => DesignObject[] = () => [], assets: AssetRef[] = []): Design {
  const blank = createDesign({ name, unit: 'mm', width: 200, height: 100, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const surface = blank.surfaces[0]!;
  const list = objects(surface.id);
  return { ...blank, objects: list, assets, surfaces: [{ ...surface, objectIds: list.map((o) => o.id) }] };
}

function image(surfaceId: string): ImageObject {
  return { id: 'oLogo', surfaceId, name: 'Logo', type: 'image', assetId: LOGO.id, fit: 'fit', x: 10, y: 10, width: 50, height: 50, rotation: 0, opacity: 1, locked: false, hidden: false };
}

const named = (editor: Editor, name: string) => editor.getState().design.objects.filter((o) => o.name === name);

describe('the in-app clipboard', () => {
  it('pastes a picture into another design with its asset entry, and a group and a barcode as new ones', () => {
    const source = new Editor(
      design('Source', (s) => [image(s), { ...createShape(s, 'rect', { x: 0, y: 0, width: 20, height: 20 }), name: 'Box' }, { ...createBarcode(s, { x: 100, y: 0, width: 60, height: 60 }), name: 'Code' }], [LOGO, OTHER]),
    );
    const ids = source.getState().design.objects.map((o) => o.id);
    source.select([ids[0]!, ids[1]!]);
    groupSelection(source);
    source.select(ids);
    const clipboard = new Clipboard();
    clipboard.copy(source);

    const target = new Editor(design('Target'));
    clipboard.paste(target);
    const pasted = target.getState().design;
    expect(pasted.assets).toEqual([LOGO]);
    expect(pasted.objects.map((o) => o.type)).toEqual(['image', 'shape', 'barcode']);
    expect((pasted.objects[0] as ImageObject).assetId).toBe(LOGO.id);
    // The picture and the box are grouped again, in a group of their own; the code stays ungrouped.
    const [logo, box, code] = pasted.objects;
    expect(logo!.groupId).toBeDefined();
    expect(box!.groupId).toBe(logo!.groupId);
    expect(logo!.groupId).not.toBe(source.getState().design.objects[0]!.groupId);
    expect(code!.groupId).toBeUndefined();
    expect(target.getState().selection).toEqual(pasted.objects.map((o) => o.id));

    // One undo step takes objects and asset entry away together; a second paste shares the entry.
    expect(target.getState().undoLabel).toBe('Paste');
    target.store.undo();
    expect(target.getState().design.assets).toEqual([]);
    clipboard.paste(target);
    clipboard.paste(target);
    expect(target.getState().design.assets).toEqual([LOGO]);
    expect(named(target, 'Logo')).toHaveLength(2);
  });

  it('keeps the asset entry of a cut picture for the paste that puts it back', () => {
    const editor = new Editor(design('Cut', (s) => [image(s)], [LOGO]));
    editor.select(['oLogo']);
    const clipboard = new Clipboard();
    clipboard.cut(editor);
    expect(editor.getState().design.objects).toEqual([]);
    const other = new Editor(design('Elsewhere'));
    clipboard.paste(other);
    expect(other.getState().design.assets).toEqual([LOGO]);
    expect(other.getState().design.objects[0]).toMatchObject({ type: 'image', assetId: LOGO.id, x: 10, y: 10 });
  });
});
