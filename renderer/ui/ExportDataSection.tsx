import { useId } from 'react';
import type { DataPreview } from '../../shared/ipc/features/export.contract';
import { plural } from '../editor/exportForm';
import { ExportProblems } from './ExportProblems';

interface Props {
  data: DataPreview;
  onChoose: () => void;
  onRemove: () => void;
}

/** A chosen data file before export: how many labels it makes, which column fills each field, what is wrong. */
export function ExportDataSection({ data, onChoose, onRemove }: Props) {
  const ids = useId();
  return (
    <div className="export-data" aria-labelledby={`${ids}-name`} role="group">
      <p id={`${ids}-name`} className="export-data-name">
        {data.name}
      </p>
      <p className="export-data-counts">
        {plural(data.rows, 'row')} → {plural(data.records, 'record')}, {plural(data.labels, 'label')}
        {data.copiesColumn && <span className="kind"> (copies from “{data.copiesColumn}”)</span>}
      </p>
      {data.mapping.length > 0 ? (
        <table className="export-mapping">
          <caption>Fields filled from the data</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Column</th>
            </tr>
          </thead>
          <tbody>
            {data.mapping.map((m) => (
              <tr key={m.field} data-unmapped={m.column === null || undefined}>
                <th scope="row">{m.label || m.field}</th>
                <td>{m.column ?? 'not in the file: prints its default'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">The design has no fields: every label is the same.</p>
      )}
      <ExportProblems items={data.errors} kind="error" label="Problems that stop the export" />
      <ExportProblems items={data.warnings} kind="warning" label="Warnings about the data" />
      <div className="export-data-actions">
        <button type="button" className="small" onClick={onChoose}>
          Choose another…
        </button>
        <button type="button" className="small" onClick={onRemove}>
          Remove data file
        </button>
      </div>
    </div>
  );
}
