import { useState } from 'react';
import type { DataSummary, EncodingName } from '../../shared/ipc/features/data.contract';
import type { RecordsSession } from '../editor/records';
import { ENCODING_NAMES, plural } from '../editor/recordsLabels';
import { Modal } from './Modal';
import { useRecordsState } from './RecordsPanel';

/**
 * Asks how to read a file whose encoding was a guess (or that looks double-encoded), by showing the same
 * few words in each candidate reading: the user picks the one where the names look right, and the file
 * is read again with it.
 */
export function EncodingDialog({ session }: { session: RecordsSession }) {
  const { data } = useRecordsState(session);
  const [encoding, setEncoding] = useState<EncodingName | null>(data?.encodingChoices[0]?.encoding ?? null);
  const [repair, setRepair] = useState(data ? data.doubleEncoding.repaired || data.doubleEncoding.cells > 0 : false);
  if (!data) return null;
  const { encodingChoices: choices, doubleEncoding } = data;
  return (
    <Modal labelledBy="encoding-title" onCancel={() => session.closeEncodingDialog()} className="modal encoding-dialog">
      <h2 id="encoding-title">How should “{data.fileName}” be read?</h2>
      {choices.length > 0 && (
        <fieldset className="encoding-choices">
          <legend>{intro(data)}</legend>
          {choices.map((choice) => (
            <label key={choice.encoding} className="encoding-choice">
              <input type="radio" name="encoding" checked={encoding === choice.encoding} onChange={() => setEncoding(choice.encoding)} />
              <span className="encoding-name">
                {ENCODING_NAMES[choice.encoding]}
                {choice.encoding === data.encoding?.encoding && <span className="kind"> — as read now</span>}
                {choice.invalid > 0 && <span className="kind"> — {plural(choice.invalid, 'unreadable character')}</span>}
              </span>
              <Samples values={choice.samples} />
            </label>
          ))}
        </fieldset>
      )}
      {doubleEncoding.cells > 0 && (
        <fieldset className="encoding-choices">
          <legend>
            {plural(doubleEncoding.cells, 'value')} look double-encoded: saved as UTF-8 after being read as Windows-1252, so “é” shows as “Ã©”.
          </legend>
          <label className="encoding-choice">
            <input type="radio" name="repair" checked={repair} onChange={() => setRepair(true)} />
            <span className="encoding-name">Repair them</span>
            <Samples values={doubleEncoding.samples.map((s) => s.after)} />
          </label>
          <label className="encoding-choice">
            <input type="radio" name="repair" checked={!repair} onChange={() => setRepair(false)} />
            <span className="encoding-name">Keep them as in the file</span>
            <Samples values={doubleEncoding.samples.map((s) => s.before)} />
          </label>
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => session.closeEncodingDialog()}>
          Keep as read now
        </button>
        <button type="button" className="primary" onClick={() => void session.chooseEncoding(encoding, repair)}>
          Use this reading
        </button>
      </div>
    </Modal>
  );
}

function intro(data: DataSummary): string {
  const now = data.encoding ? ENCODING_NAMES[data.encoding.encoding] : '';
  if (data.encoding?.source === 'chosen') return `Read as ${now}, as you chose. Pick the reading in which these words look right:`;
  if (data.encoding?.source === 'valid-utf-8') return `The file starts as UTF-8, but later bytes are not. Pick the reading in which these words look right:`;
  return `The file is not UTF-8; it was read as ${now}, a guess. Pick the reading in which these words look right:`;
}

function Samples({ values }: { values: readonly string[] }) {
  return (
    <span className="encoding-samples">
      {values.map((v, i) => (
        <span key={i} className="encoding-sample">
          {v}
        </span>
      ))}
    </span>
  );
}
