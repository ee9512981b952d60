import type { ExportPhase } from '../editor/exportRun';
import { fileSize, plural } from '../editor/exportForm';
import { ExportProblems } from './ExportProblems';

type Running = Extract<ExportPhase, { kind: 'running' }>;
type Done = Extract<ExportPhase, { kind: 'done' }>;
type Replace = Extract<ExportPhase, { kind: 'replace' }>;

/** A per-record export whose files exist: nothing is written until the user says to replace them. */
export function ExportReplace({ phase, onAnswer }: { phase: Replace; onAnswer: (yes: boolean) => void }) {
  const { count, names, folder } = phase;
  const more = count - names.length;
  return (
    <div className="export-result">
      <p className="export-stopped" role="alert">
        Replace {plural(count, 'file')}?
      </p>
      <p>
        {names.map((n) => `“${n}”`).join(', ')}
        {more > 0 ? ` and ${plural(more, 'other')}` : ''} already {count === 1 ? 'exists' : 'exist'} in <strong>{folder.name}</strong>. Nothing has been written yet.
      </p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={() => onAnswer(false)}>
          Back to options
        </button>
        <button type="button" className="primary" onClick={() => onAnswer(true)}>
          Replace
        </button>
      </div>
    </div>
  );
}

/** The export under way: a bar (indeterminate until the worker knows the total) and Cancel. */
export function ExportProgress({ phase, onCancel }: { phase: Running; onCancel: () => void }) {
  const { file, done, total, cancelling } = phase;
  return (
    <div className="export-progress">
      <p>
        Exporting to <strong>{file.name}</strong>…
      </p>
      <progress aria-label="Export progress" {...(total ? { max: total, value: done } : {})} />
      <p className="hint" aria-live="polite">
        {cancelling ? 'Cancelling…' : total ? `${done.toLocaleString('en')} of ${plural(total, 'label')}` : 'Preparing the labels…'}
      </p>
      <div className="dialog-actions">
        <button type="button" data-autofocus disabled={cancelling} onClick={onCancel}>
          Cancel export
        </button>
      </div>
    </div>
  );
}

/** A finished export: what was written and where, its warnings, and the way to the file. */
export function ExportDone({ phase, problem, onReveal, onClose }: { phase: Done; problem: string | null; onReveal: () => void; onClose: () => void }) {
  const { file, summary } = phase;
  return (
    <div className="export-result">
      <p className="export-done" role="status">
        {summary.files === undefined ? (
          <>
            Exported <strong>{file.name}</strong>
          </>
        ) : (
          <>
            Exported {plural(summary.files, 'PDF')} into <strong>{file.name}</strong>
          </>
        )}
      </p>
      <p className="hint export-folder">in {file.folder}</p>
      <dl className="export-summary" aria-label="Export summary">
        <dt>Pages</dt>
        <dd>{summary.pages.toLocaleString('en')}</dd>
        <dt>Labels</dt>
        <dd>{summary.labels.toLocaleString('en')}</dd>
        <dt>Size</dt>
        <dd>{fileSize(summary.bytes)}</dd>
        <dt>Time</dt>
        <dd>{summary.seconds.toFixed(1)} s</dd>
      </dl>
      {summary.override && (
        <p className="export-note" aria-label="Preflight override">
          Exported despite {plural(summary.override.errors, 'preflight error')}: “{summary.override.reason}” (recorded in the PDF’s keywords).
        </p>
      )}
      <ExportProblems items={summary.warnings} kind="warning" label="Export warnings" />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onReveal}>
          Show in folder
        </button>
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}

/** An export that did not write its PDF (it failed, or the user cancelled it): why, and the way back to the options. */
export function ExportStopped({ message, failed, onBack, onClose }: { message: string; failed: boolean; onBack: () => void; onClose: () => void }) {
  return (
    <div className="export-result">
      <p className="export-stopped" data-failed={failed || undefined} role={failed ? 'alert' : 'status'}>
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={onBack}>
          Back to options
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
