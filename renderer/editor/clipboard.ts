import type { DesignObject } from '../../shared/model';
import type { Editor } from './editor';
import { addObjects, deleteSelection } from './edits';
import { copiesOf, COPY_OFFSET, selectedRecords } from './objectEdits';

/**
 * Cut, copy and paste of model records inside the app. Electron denies the page the system clipboard,
 * and records carry more than any clipboard format would; the copy is session state, never saved.
 */
export class Clipboard {
  private records: readonly DesignObject[] = [];
  /** Each paste of the same copy lands one offset further, so repeated pastes fan out. */
  private pastes = 0;

  copy(editor: Editor): void {
    this.keep(selectedRecords(editor));
  }

  /**
   * Copies only what the delete removed: a refused cut (locked layout or object) leaves the copy as it
   * was. The first paste after a cut puts the objects back where they were.
   */
  cut(editor: Editor): void {
    const records = selectedRecords(editor);
    const before = editor.store.design;
    deleteSelection(editor, 'Cut');
    if (editor.store.design !== before) this.keep(records, -1);
  }

  paste(editor: Editor): void {
    if (this.records.length === 0) return;
    this.pastes++;
    addObjects(editor, 'Paste', copiesOf(this.records, editor.getState().surface.id, COPY_OFFSET * this.pastes));
  }

  private keep(records: readonly DesignObject[], pastes = 0): void {
    if (records.length === 0) return;
    this.records = records;
    this.pastes = pastes;
  }
}
