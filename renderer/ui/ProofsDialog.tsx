import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ProofRecord } from '../../shared/ipc/features/proofs.contract';
import type { Design } from '../../shared/model';
import { proofCounts } from '../editor/approvals';
import type { ProofPhase, ProofRun } from '../editor/approvalsProofRun';
import { plural } from '../editor/recordsLabels';
import { Modal } from './Modal';
import './Approval.css';

interface Props {
  design: Design;
  records: ProofRecord[];
  /** The records are the ticked ones (else all of them). */
  ticked: boolean;
  makeRun: () => ProofRun;
  onClose: () => void;
}

/**
 * Records › Proofs…: one watermarked proof PDF per order of the ticked (else all) records, written by main
 * into a folder its dialog asks for; progress with Cancel, then Show in folder.
 */
export function ProofsDialog({ design, records, ticked, makeRun, onClose }: Props) {
  const [run] = useState(makeRun);
  useEffect(() => run.connect(), [run]);
  const { phase, problem } = useSyncExternalStore(run.subscribe, run.getState);
  const ids = useId();
  // Each step's buttons replace the last one's: focus moves to the new step's main button.
  const body = useRef<HTMLDivElement>(null);
  const shown = useRef(phase.kind);
  useEffect(() => {
    if (phase.kind === shown.current) return;
    shown.current = phase.kind;
    const root = body.current;
    (root?.querySelector<HTMLElement>('[data-autofocus]:enabled') ?? root?.querySelector<HTMLElement>('button:enabled'))?.focus();
  }, [phase.kind]);
  const dismiss = () => {
    if (phase.kind === 'running') void run.cancel();
    else if (phase.kind !== 'asking') onClose();
  };
  const button = (label: string, onClick: () => void, options: { primary?: boolean; disabled?: boolean } = {}) => (
    <button type="button" key={label} className={options.primary ? 'primary' : undefined} data-autofocus={options.primary || undefined} disabled={options.disabled} onClick={onClick}>
      {label}
    </button>
  );
  const reveal = button('Show in folder', () => void run.reveal());
  const actions: Record<ProofPhase['kind'], ReactNode[]> = {
    ready: [button('Cancel', dismiss), button('Choose folder and write…', () => void run.start(design, records), { primary: true })],
    asking: [button('Cancel', dismiss, { disabled: true }), button('Choose folder and write…', () => undefined, { primary: true, disabled: true })],
    running: [button('Cancel proofs', () => void run.cancel(), { disabled: phase.kind === 'running' && phase.cancelling })],
    done: [reveal, button('Done', onClose, { primary: true })],
    cancelled: phase.kind === 'cancelled' && phase.files.length > 0 ? [reveal, button('Close', onClose, { primary: true })] : [button('Close', onClose, { primary: true })],
    failed: [button('Close', onClose, { primary: true })],
  };

  return (
    <Modal labelledBy={`${ids}-title`} className="modal proofs-dialog" onCancel={dismiss}>
      <h2 id={`${ids}-title`}>Proofs for customers</h2>
      <div ref={body}>
        <PhaseText phase={phase} records={records} ticked={ticked} />
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">{actions[phase.kind]}</div>
      </div>
    </Modal>
  );
}

/** What the dialog says at each step: what will be written, how far it is, what was written. */
function PhaseText({ phase, records, ticked }: { phase: ProofPhase; records: ProofRecord[]; ticked: boolean }) {
  switch (phase.kind) {
    case 'ready':
    case 'asking': {
      const counts = proofCounts(records);
      return (
        <>
          <p>
            One PDF per order: each label at actual size with PROOF across it, the order id, the cut line (red) and the safe area (blue), to send
            to the customer before printing.
          </p>
          <p className="proofs-scope">
            {plural(counts.orders, 'order')} from {ticked ? `the ${plural(counts.records, 'ticked record')}` : `all ${plural(counts.records, 'record')}`}.
            {counts.withoutId > 0 && ` ${plural(counts.withoutId, 'record has', 'records have')} no order id: each gets a proof of its own.`}
          </p>
          <p className="hint">A proof already in the folder is kept: the new one gets a name of its own.</p>
        </>
      );
    }
    case 'running':
      return (
        <>
          <p>
            Writing proofs into <strong>{phase.folder}</strong>…
          </p>
          <progress aria-label="Proof progress" max={phase.total} value={phase.done} />
          <p className="hint" aria-live="polite">
            {phase.cancelling ? 'Cancelling…' : `${phase.done.toLocaleString('en')} of ${plural(phase.total, 'order')}`}
          </p>
        </>
      );
    case 'done':
      return (
        <>
          <p role="status">
            Wrote {plural(phase.files.length, 'proof')} ({plural(phase.pages, 'page')})
          </p>
          <p className="hint proofs-folder">in {phase.folder}</p>
          <ul className="proofs-files" aria-label="Proof files">
            {phase.files.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </>
      );
    case 'cancelled':
      return <p role="status">Proofs cancelled. {phase.files.length === 0 ? 'None was written.' : `${plural(phase.files.length, 'proof was', 'proofs were')} written.`}</p>;
    case 'failed':
      return (
        <p className="field-error" role="alert">
          {phase.message}
        </p>
      );
  }
}
