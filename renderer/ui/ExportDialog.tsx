import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { Design } from '../../shared/model';
import type { PreflightFinding } from '../../shared/preflight';
import { approvedRecords } from '../editor/approvals';
import type { Commands } from '../editor/commands';
import { exportOptions, initialExportForm, sheetDetail, sheetTemplate, sheetTitle, sizeMismatch, type ExportForm, type ExportFormErrors } from '../editor/exportForm';
import { exportedRecords, panelRecords, showRecord } from '../editor/exportRecords';
import { ApprovalExportOption } from './ApprovalExportOption';
import { ExportCheck } from './ExportCheck';
import { ExportDataSection } from './ExportDataSection';
import { ExportDone, ExportProgress, ExportReplace, ExportStopped } from './ExportProgress';
import { ExportSheetPicker } from './ExportSheetPicker';
import { FormField } from './FormField';
import { Modal } from './Modal';
import { useRecordsState } from './RecordsPanel';
import { CheckField } from './SelectField';
import './ExportDialog.css';

type TypedField = 'bleed' | 'startCell' | 'copies' | 'pattern';

/**
 * File › Export: layout (one label per page, or a sheet from the catalogue and its start cell), bleed,
 * crop marks, PDF/X-4, outlined text; the records panel's records or copies of the sample; one PDF or one
 * per record; the preflight of exactly what will print, with "Export anyway" and a reason; then progress
 * with Cancel, and the result with Show in folder. Main asks where the PDF goes and runs the export.
 */
export function ExportDialog({ design, commands, onClose }: { design: Design; commands: Commands; onClose: () => void }) {
  const [run] = useState(() => commands.exportRun());
  useEffect(() => run.connect(), [run]);
  const { phase, check, problem } = useSyncExternalStore(run.subscribe, run.getState);
  const recordsState = useRecordsState(commands.records);
  // The session's state is a new object whenever its records or ticks change.
  const allRecords = useMemo(() => panelRecords(commands.records), [commands.records, recordsState]);
  const [approvedOnly, setApprovedOnly] = useState(false);
  const approved = useMemo(() => (allRecords && approvedOnly ? approvedRecords(allRecords, recordsState, design) : null), [allRecords, approvedOnly, recordsState, design]);
  const panel = approved ?? allRecords;
  const unit = design.document.unit;
  const [form, setForm] = useState(() => initialExportForm(design, recordsState.data));
  const [errors, setErrors] = useState<ExportFormErrors>({});
  const ids = useId();
  const body = useRef<HTMLDivElement>(null);
  const shownStep = useRef(phase.kind === 'asking' ? 'options' : phase.kind);
  const printed = form.source === 'records' && panel ? panel.records : null;

  // The check covers exactly what the export prints: it runs again when that changes.
  useEffect(() => run.check(design, printed), [run, design, printed]);

  // Each step's controls replace the last one's: focus moves to the new step's main control. A dialog of
  // main's (Save, folder) comes and goes over the options without replacing them, so focus stays put.
  useEffect(() => {
    const step = phase.kind === 'asking' ? 'options' : phase.kind;
    if (step === shownStep.current) return;
    shownStep.current = step;
    const root = body.current;
    (root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>('input, button'))?.focus();
  }, [phase.kind]);

  // While main's dialog is up the options stay as they are; their buttons wait for it.
  const asking = phase.kind === 'asking';
  const template = form.layout === 'sheet' ? sheetTemplate(form.templateId) : undefined;
  const mismatch = template ? sizeMismatch(template, design.surfaces[0]!, unit) : null;
  const edit = (patch: Partial<ExportForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch) && !(k === 'template' && 'templateId' in patch) && !(k === 'override' && ('reason' in patch || 'overrideErrors' in patch)))));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (asking) return;
    const records = panel && { dataId: panel.dataId, records: exportedRecords(panel.records) };
    // A check still running is waited for: Export… means "when it has been checked".
    void run.preflightErrors().then((found) => {
      const result = exportOptions(form, unit, records, found);
      setErrors(result.ok ? {} : result.errors);
      if (result.ok) void run.start(design, result.options);
    });
  };
  const importData = () => {
    onClose();
    void commands.records.importData();
  };
  const jump = (finding: PreflightFinding) => {
    const record = finding.record === null ? undefined : printed?.[finding.record];
    if (!record) return;
    onClose();
    showRecord(commands.records, record);
  };
  const dismiss = () => {
    if (phase.kind === 'running') void run.cancel();
    else if (phase.kind === 'replace') void run.replace(false);
    else if (!asking) onClose();
  };
  const typed = (field: TypedField, label: string, inputMode: 'decimal' | 'text' = 'decimal') => (
    <FormField label={label} error={errors[field]} className="field compact">
      {({ id, errorId, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          value={form[field]}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => edit({ [field]: e.target.value })}
        />
      )}
    </FormField>
  );

  return (
    <Modal labelledBy={`${ids}-title`} className="modal export-dialog" onCancel={dismiss}>
      <h2 id={`${ids}-title`}>Export PDF</h2>
      <div ref={body}>
        {phase.kind === 'replace' && <ExportReplace phase={phase} onAnswer={(yes) => void run.replace(yes)} />}
        {phase.kind === 'running' && <ExportProgress phase={phase} onCancel={() => void run.cancel()} />}
        {phase.kind === 'done' && <ExportDone phase={phase} problem={problem} onReveal={() => void run.reveal()} onClose={onClose} />}
        {phase.kind === 'failed' && <ExportStopped message={phase.message} failed onBack={() => run.back()} onClose={onClose} />}
        {phase.kind === 'cancelled' && <ExportStopped message="Export cancelled. No PDF was written." failed={false} onBack={() => run.back()} onClose={onClose} />}
        {(phase.kind === 'options' || asking) && (
          <form className="export-form" onSubmit={submit} noValidate aria-busy={asking || undefined}>
            <div className="export-columns">
              <fieldset className="export-section">
                <legend>Layout</legend>
                <label className="check">
                  <input type="radio" name={`${ids}-layout`} checked={form.layout === 'single'} onChange={() => edit({ layout: 'single' })} />
                  One label per page
                </label>
                <label className="check">
                  <input type="radio" name={`${ids}-layout`} checked={form.layout === 'sheet'} onChange={() => edit({ layout: 'sheet' })} />
                  Labels on a sheet
                </label>
                {form.layout === 'sheet' && (
                  <>
                    <ExportSheetPicker selected={template} unit={unit} error={errors.template} onSelect={(t) => edit({ templateId: t.id })} />
                    <div className="export-start">
                      {typed('startCell', 'Start cell')}
                      <p className="hint">
                        {template ? `${sheetTitle(template)}: ${sheetDetail(template, unit)}. ` : ''}Cells count row by row from the top left, so a part-used sheet can be used up.
                      </p>
                    </div>
                    {mismatch && <p className="export-note">{mismatch}</p>}
                  </>
                )}
              </fieldset>
              <div className="export-side">
                <fieldset className="export-section">
                  <legend>Print</legend>
                  {typed('bleed', `Bleed (${unit})`)}
                  <CheckField label="Crop marks" checked={form.cropMarks} onChange={(cropMarks) => edit({ cropMarks })} />
                  <CheckField label="PDF/X-4 (for print shops)" checked={form.pdfx} onChange={(pdfx) => edit({ pdfx })} />
                  <CheckField label="Text as outlines (no fonts in the file)" checked={form.outlineText} onChange={(outlineText) => edit({ outlineText })} />
                </fieldset>
                <fieldset className="export-section">
                  <legend>Labels</legend>
                  <ExportDataSection form={form} errors={errors} records={panel} name={ids} edit={edit} copies={typed('copies', 'Copies')} onImport={importData} />
                  {allRecords && form.source === 'records' && <ApprovalExportOption checked={approvedOnly} approved={approved} onChange={setApprovedOnly} />}
                </fieldset>
                <fieldset className="export-section">
                  <legend>Files</legend>
                  <label className="check">
                    <input type="radio" name={`${ids}-output`} checked={form.output === 'pdf'} onChange={() => edit({ output: 'pdf' })} />
                    One PDF
                  </label>
                  <label className="check">
                    <input type="radio" name={`${ids}-output`} checked={form.output === 'files'} onChange={() => edit({ output: 'files' })} />
                    One PDF per record, into a folder
                  </label>
                  {form.output === 'files' && (
                    <>
                      {typed('pattern', 'File names', 'text')}
                      <p className="hint">{'{Field}'} or {'{Column}'} fill in each record’s value; records whose names agree share a file, so {'{Order ID}.pdf'} makes one per order.</p>
                    </>
                  )}
                </fieldset>
              </div>
            </div>
            <fieldset className="export-section export-check-section">
              <legend>Check</legend>
              <ExportCheck check={check} form={form} errors={errors} edit={edit} onJump={printed ? jump : null} />
            </fieldset>
            {problem && (
              <p className="field-error export-problem" role="alert">
                {problem}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={dismiss}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={form.source === 'records' && approved?.records.length === 0}>
                Export…
              </button>
            </div>
          </form>
        )}
      </div>
    </Modal>
  );
}
