import type { ReactNode } from 'react';
import type { ExportForm, ExportFormErrors } from '../editor/exportForm';
import { plural } from '../editor/exportForm';
import type { PanelRecords } from '../editor/exportRecords';

interface Props {
  form: ExportForm;
  errors: ExportFormErrors;
  records: PanelRecords | null;
  name: string;
  edit: (patch: Partial<ExportForm>) => void;
  copies: ReactNode;
  onImport: () => void;
}

/**
 * Where the labels come from: the records panel's records (ticked, or all; with the user's edits and
 * mapping), or the fields' sample values a number of times. Data is imported in the records panel only.
 */
export function ExportDataSection({ form, errors, records, name, edit, copies, onImport }: Props) {
  if (!records) {
    return (
      <>
        {copies}
        <p className="hint">Fields show their sample values. For one label per order, import the order list into the Records panel.</p>
        <button type="button" onClick={onImport}>
          Import data…
        </button>
      </>
    );
  }
  const which = records.ticked ? `The ${plural(records.records.length, 'ticked record')}` : `All ${plural(records.records.length, 'record')}`;
  return (
    <>
      <label className="check">
        <input type="radio" name={`${name}-source`} checked={form.source === 'records'} onChange={() => edit({ source: 'records' })} />
        Records from {records.fileName}
      </label>
      {form.source === 'records' && (
        <p className="hint export-records">
          {which}, {plural(records.labels, 'label')} with copies, as the Records panel shows them (mapping and edits included).
          {records.loading && ' Rows are still loading.'}
          {records.notLoaded > 0 && ` The last ${plural(records.notLoaded, 'row')} of the file are not loaded here: export them with the command line.`}
        </p>
      )}
      <label className="check">
        <input type="radio" name={`${name}-source`} checked={form.source === 'sample'} onChange={() => edit({ source: 'sample' })} />
        Sample values
      </label>
      {form.source === 'sample' && copies}
      {errors.copies && form.source !== 'sample' && <p className="field-error">{errors.copies}</p>}
    </>
  );
}
