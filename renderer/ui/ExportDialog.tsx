import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { Design } from '../../shared/model';
import type { Commands } from '../editor/commands';
import { exportOptions, initialExportForm, sheetDetail, sheetTemplate, sheetTitle, sizeMismatch, type ExportForm, type ExportFormErrors } from '../editor/exportForm';
import { ExportDataSection } from './ExportDataSection';
import { ExportDone, ExportProgress, ExportStopped } from './ExportProgress';
import { ExportSheetPicker } from './ExportSheetPicker';
import { FormField } from './FormField';
import { Modal } from './Modal';
import { CheckField } from './SelectField';
import './ExportDialog.css';

type TypedField = 'bleed' | 'startCell' | 'copies';

/**
 * File › Export: layout (one label per page, or a sheet from the catalogue and its start cell), bleed,
 * crop marks, PDF/X-4, and copies of the sample or a data file; then progress with Cancel, and the
 * result with Show in folder. Main asks where the PDF goes and runs the export.
 */
export function ExportDialog({ design, commands, onClose }: { design: Design; commands: Commands; onClose: () => void }) {
  const [run] = useState(() => commands.exportRun());
  useEffect(() => run.connect(), [run]);
  const { phase, data, problem } = useSyncExternalStore(run.subscribe, run.getState);
  const unit = design.document.unit;
  const [form, setForm] = useState(() => initialExportForm(design));
  const [errors, setErrors] = useState<ExportFormErrors>({});
  const ids = useId();
  const body = useRef<HTMLDivElement>(null);
  const shownStep = useRef(phase.kind === 'asking' ? 'options' : phase.kind);

  // Each step's controls replace the last one's: focus moves to the new step's main control. A dialog of
  // main's (Save, Open) comes and goes over the options without replacing them, so focus stays put.
  useEffect(() => {
    const step = phase.kind === 'asking' ? 'options' : phase.kind;
    if (step === shownStep.current) return;
    shownStep.current = step;
    const root = body.current;
    (root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>('input, button'))?.focus();
  }, [phase.kind]);

  // Choosing or removing a data file swaps the Labels section's buttons: focus stays in the section.
  const labels = useRef<HTMLFieldSetElement>(null);
  const shownData = useRef(data?.dataId ?? null);
  useEffect(() => {
    const id = data?.dataId ?? null;
    if (id === shownData.current) return;
    shownData.current = id;
    labels.current?.querySelector('button')?.focus();
  }, [data]);

  // While main's dialog is up the options stay as they are; their buttons wait for it.
  const asking = phase.kind === 'asking';
  const template = form.layout === 'sheet' ? sheetTemplate(form.templateId) : undefined;
  const mismatch = template ? sizeMismatch(template, design.surfaces[0]!, unit) : null;
  const edit = (patch: Partial<ExportForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch) && !(k === 'template' && 'templateId' in patch))));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (asking) return;
    const result = exportOptions(form, unit, data);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) void run.start(design, result.options);
  };
  const chooseData = () => {
    if (!asking) void run.chooseData(design.fields);
  };
  const dismiss = () => {
    if (phase.kind === 'running') void run.cancel();
    else if (!asking) onClose();
  };
  const typed = (field: TypedField, label: string) => (
    <FormField label={label} error={errors[field]} className="field compact">
      {({ id, errorId, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
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
                </fieldset>
                <fieldset ref={labels} className="export-section">
                  <legend>Labels</legend>
                  {data ? (
                    <ExportDataSection data={data} onChoose={chooseData} onRemove={() => run.removeData()} />
                  ) : (
                    <>
                      {typed('copies', 'Copies')}
                      <p className="hint">Fields show their sample values. For one label per order, use a data file (CSV, Excel, JSON).</p>
                      <button type="button" onClick={chooseData}>
                        Choose data file…
                      </button>
                    </>
                  )}
                  {errors.data && <p className="field-error">{errors.data}</p>}
                </fieldset>
              </div>
            </div>
            {problem && (
              <p className="field-error export-problem" role="alert">
                {problem}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={dismiss}>
                Cancel
              </button>
              <button type="submit" className="primary">
                Export…
              </button>
            </div>
          </form>
        )}
      </div>
    </Modal>
  );
}
