import { recordLabel, type PreflightFinding } from '../../shared/preflight';
import type { Editor } from '../editor/editor';
import type { RecordsSession, RecordsState } from '../editor/records';
import { plural } from '../editor/recordsLabels';

/**
 * Beside the grid: what preflight found on the current record (click one to select the object it is
 * about), a jump to the next record with findings, and the import's own problems by row.
 */
export function RecordsChecks({ session, editor, records: state }: { session: RecordsSession; editor: Editor; records: RecordsState }) {
  const { records, current, checks, data } = state;
  const record = current === null ? undefined : records[current];
  const findings = current === null ? null : (checks.byRecord?.get(current) ?? (checks.byRecord ? [] : null));
  const flagged = checks.byRecord?.size ?? 0;
  const jumpToRow = (row: number | null) => {
    const index = records.findIndex((r) => r.row === row);
    if (index >= 0) session.select(index);
  };
  return (
    <aside className="records-checks" aria-labelledby="records-checks-title">
      <h3 id="records-checks-title">{record && current !== null ? `Checks: ${recordLabel(record, current)}` : 'Checks'}</h3>
      {checks.error && <p className="field-error">{checks.error}</p>}
      {findings === null ? (
        <p className="hint">{checks.running || records.length > 0 ? 'Checking…' : 'Nothing to check yet.'}</p>
      ) : findings.length === 0 ? (
        <p className="hint">No problems found on this record.</p>
      ) : (
        <ul className="findings">
          {findings.map((f, i) => (
            <li key={i} data-severity={f.severity}>
              <button type="button" className="finding" disabled={f.objectId === null} title={f.objectId ? 'Select it on the canvas' : undefined} onClick={() => f.objectId && editor.select([f.objectId])}>
                <span aria-hidden="true">{f.severity === 'error' ? '✖' : '⚠'}</span> {message(f)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {record && record.edited.length > 0 && (
        <button type="button" className="small" onClick={() => current !== null && session.revert(current)}>
          Undo my edits to this record
        </button>
      )}
      <div className="checks-summary">
        <span>{checks.byRecord ? (flagged === 0 ? 'No record has problems.' : `${plural(flagged, 'record')} with problems.`) : ''}</span>
        {flagged > 0 && (
          <button type="button" className="small" onClick={() => session.nextWithFindings()}>
            Next with problems ›
          </button>
        )}
      </div>
      {data && data.problemCount > 0 && (
        <details className="import-problems">
          <summary>{plural(data.problemCount, 'import problem')}</summary>
          <ul>
            {data.problems.map((p, i) => (
              <li key={i}>
                {p.row !== null && records.some((r) => r.row === p.row) ? (
                  <button type="button" className="finding" onClick={() => jumpToRow(p.row)}>
                    {p.message}
                  </button>
                ) : (
                  p.message
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}

/** The record is named in the heading already: “row 3: “Name” is empty” reads “Name” is empty. */
function message(f: PreflightFinding): string {
  const text = f.message.replace(/^(row \d+(, name \d+ of \d+)?|record \d+|sample): /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
