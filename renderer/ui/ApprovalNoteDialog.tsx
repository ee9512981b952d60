import { useId, useState, type FormEvent } from 'react';
import type { Design } from '../../shared/model';
import { approvalOf } from '../../shared/preflight';
import { requestChanges } from '../editor/approvals';
import type { Editor } from '../editor/editor';
import { Modal } from './Modal';

/** Most characters a note keeps (the model's limit). */
const MAX_NOTE = 2000;

/** What the customer asked to change on an order's proof; recorded as one undoable step. */
export function ApprovalNoteDialog({ orderId, design, editor, onClose }: { orderId: string; design: Design; editor: Editor; onClose: () => void }) {
  const previous = approvalOf(design, orderId);
  const [note, setNote] = useState(previous?.status === 'changes-requested' ? previous.note : '');
  const ids = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    requestChanges(editor, orderId, note);
    onClose();
  };
  return (
    <Modal labelledBy={`${ids}-title`} onCancel={onClose}>
      <h2 id={`${ids}-title`}>Request changes to order {orderId}</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${ids}-note`}>What the customer asked for</label>
          <textarea id={`${ids}-note`} data-autofocus rows={4} maxLength={MAX_NOTE} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <p className="hint">Saved with the design, with today’s date. Exporting only approved orders leaves this order out until it is approved.</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Request changes
          </button>
        </div>
      </form>
    </Modal>
  );
}
