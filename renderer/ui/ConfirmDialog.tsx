import type { Question } from '../editor/editor';
import { Modal } from './Modal';

export function ConfirmDialog({ question, onAnswer }: { question: Question; onAnswer: (yes: boolean) => void }) {
  return (
    <Modal labelledBy="confirm-title" onCancel={() => onAnswer(false)}>
      <h2 id="confirm-title">{question.title}</h2>
      <p>{question.message}</p>
      <div className="dialog-actions">
        {/* The safe answer comes first, so it has the focus when the dialog opens. */}
        <button type="button" onClick={() => onAnswer(false)}>
          {question.cancel}
        </button>
        <button type="button" className="danger" onClick={() => onAnswer(true)}>
          {question.confirm}
        </button>
      </div>
    </Modal>
  );
}
