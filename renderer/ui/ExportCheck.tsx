import { useId } from 'react';
import type { PreflightFinding } from '../../shared/preflight';
import type { ExportForm, ExportFormErrors } from '../editor/exportForm';
import { plural } from '../editor/exportForm';
import type { ExportCheckState } from '../editor/exportRun';

/** Findings listed; the rest are counted (the records panel lists them all). */
const LISTED = 5;

interface Props {
  check: ExportCheckState;
  form: ExportForm;
  errors: ExportFormErrors;
  edit: (patch: Partial<ExportForm>) => void;
  /** Shows a finding's record in the records panel (the dialog closes); null for the sample label. */
  onJump: ((finding: PreflightFinding) => void) | null;
}

/**
 * The preflight of what the export prints: counts, the first findings (each a way to its record), and
 * for errors the choice to export anyway with a reason that is recorded in the PDF.
 */
export function ExportCheck({ check, form, errors, edit, onJump }: Props) {
  const ids = useId();
  return (
    <>
      <CheckBody check={check} form={form} edit={edit} onJump={onJump} reasonId={`${ids}-reason`} invalid={Boolean(errors.override)} errorId={`${ids}-error`} />
      {errors.override && (
        <p id={`${ids}-error`} className="field-error">
          {errors.override}
        </p>
      )}
    </>
  );
}

function CheckBody({ check, form, edit, onJump, reasonId, invalid, errorId }: Omit<Props, 'errors'> & { reasonId: string; invalid: boolean; errorId: string }) {
  if (check.running) return <p className="hint" role="status">Checking the labels…</p>;
  if (!check.report) return <p className="field-error">{check.error}</p>;
  const { errors, warnings, findings, records } = check.report;
  if (findings.length === 0) return <p className="export-check-ok" role="status">No problems found in {plural(records, 'label')}.</p>;
  const listed = [...findings].sort((a, b) => severityRank(a) - severityRank(b)).slice(0, LISTED);
  return (
    <>
      <p className="export-check-counts" role="status">
        {[errors > 0 && plural(errors, 'error'), warnings > 0 && plural(warnings, 'warning')].filter(Boolean).join(', ')} in {plural(records, 'label')}
      </p>
      <ul className="findings" aria-label="Preflight findings">
        {listed.map((f, i) => (
          <li key={i} data-severity={f.severity}>
            {onJump && f.record !== null ? (
              <button type="button" className="finding" title="Show this record in the Records panel" onClick={() => onJump(f)}>
                <span aria-hidden="true">{f.severity === 'error' ? '✖' : '⚠'}</span> {f.message}
              </button>
            ) : (
              <span className="finding">
                <span aria-hidden="true">{f.severity === 'error' ? '✖' : '⚠'}</span> {f.message}
              </span>
            )}
          </li>
        ))}
      </ul>
      {findings.length > LISTED && <p className="hint">And {plural(findings.length - LISTED, 'more finding')}: the Records panel lists them by record.</p>}
      {errors > 0 && (
        <div className="export-override">
          <label className="check">
            <input type="checkbox" checked={form.overrideErrors} onChange={(e) => edit({ overrideErrors: e.target.checked })} />
            Export anyway
          </label>
          {form.overrideErrors && (
            <div className="field">
              <label htmlFor={reasonId}>Reason (recorded in the PDF)</label>
              <input
                id={reasonId}
                type="text"
                maxLength={500}
                value={form.reason}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(e) => edit({ reason: e.target.value })}
              />
            </div>
          )}
        </div>
      )}
    </>
  );
}

const severityRank = (f: PreflightFinding) => (f.severity === 'error' ? 0 : 1);
