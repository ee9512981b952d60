import type { AssetRef, Design, DesignObject } from '../../shared/model';
import type { Editor } from './editor';
import { deleteSelection } from './edits';
import { copiesOf, COPY_OFFSET, selectedRecords } from './objectEdits';
import { applyLayoutEdit } from './transact';

/**
 * Cut, copy and paste of model records inside the app. Electron denies the page the system clipboard,
 * and records carry more than any clipboard format would; the copy is session state, never saved.
 *
 * A copy holds what its objects need beyond themselves: the asset entries of its pictures, so a paste
 * into another design brings them along (main keeps the bytes for the session under the same ids), and
 * its groups, which the copies form anew (regroupCopies).
 */
export class Clipboard {
  private records: readonly DesignObject[] = [];
  private assets: readonly AssetRef[] = [];
  /** Each paste of the same copy lands one offset further, so repeated pastes fan out. */
  private pastes = 0;

  copy(editor: Editor): void {
    this.keep(editor.store.design, selectedRecords(editor));
  }

  /**
   * Copies only what the delete removed: a refused cut (locked layout or object) leaves the copy as it
   * was. The first paste after a cut puts the objects back where they were.
   */
  cut(editor: Editor): void {
    const records = selectedRecords(editor);
    const before = editor.store.design;
    deleteSelection(editor, 'Cut');
    if (editor.store.design !== before) this.keep(before, records, -1);
  }

  paste(editor: Editor): void {
    if (this.records.length === 0) return;
    this.pastes++;
    const copies = copiesOf(this.records, editor.getState().surface.id, COPY_OFFSET * this.pastes);
    const pasted = applyLayoutEdit(editor, 'Paste', (tx) => {
      for (const asset of this.assets) if (!tx.get('asset', asset.id)) tx.insert('asset', asset);
      for (const o of copies) tx.addObject(o);
    });
    if (pasted) editor.select(copies.map((o) => o.id));
  }

  private keep(design: Design, records: readonly DesignObject[], pastes = 0): void {
    if (records.length === 0) return;
    const used = new Set(records.flatMap((o) => (o.type === 'image' ? [o.assetId] : [])));
    this.records = records;
    this.assets = design.assets.filter((a) => used.has(a.id));
    this.pastes = pastes;
  }
}
