import type { CaseTransform, FieldMapping } from '../../shared/merge';
import type { Field } from '../../shared/model';
import { tokenFor } from '../../shared/render/fields';
import { fieldTitle } from '../editor/fieldEdits';
import type { RecordsSession } from '../editor/records';
import { CASE_NAMES, PLATFORM_NAMES, plural } from '../editor/recordsLabels';
import { Modal } from './Modal';
import { useRecordsState } from './RecordsPanel';

/**
 * Which column fills each field, and how its values are tidied. Auto-mapped on import (by name and
 * synonyms, shared/merge autoMap); every change here goes through the CLI's own `field=Column` rule and
 * the records behind the dialog follow at once.
 */
export function MappingDialog({ session, fields, onClose }: { session: RecordsSession; fields: readonly Field[]; onClose: () => void }) {
  const { data, mapping, records } = useRecordsState(session);
  if (!data || !mapping) return null;
  const first = records[0];
  return (
    <Modal labelledBy="mapping-title" onCancel={onClose} className="modal mapping-dialog">
      <h2 id="mapping-title">Map fields to columns</h2>
      <p className="hint">
        {data.fileName} looks like {PLATFORM_NAMES[data.platform.id] === 'table' ? 'a table' : `an export of ${PLATFORM_NAMES[data.platform.id]}`} with {plural(data.columns.length, 'column')}.
        Each field of the design takes its value from one column; a field without one prints its default value.
      </p>
      {fields.length === 0 ? (
        <p className="field-error">This design has no fields yet. Add one in the Fields tab and write its {'{{token}}'} into a text; then map it here.</p>
      ) : (
        <table className="mapping-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Column</th>
              <th scope="col">First record</th>
              <th scope="col">Trim</th>
              <th scope="col">Case</th>
              <th scope="col">Split “1) Ann 2) Bo”</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const m = mapping.fields.find((f) => f.field === field.name);
              return m ? <MappingRow key={field.name} field={field} mapping={m} columns={data.columns} sample={first?.values[field.name] ?? ''} session={session} /> : null;
            })}
          </tbody>
        </table>
      )}
      <label className="field compact copies-field">
        <span>Copies of each record from</span>
        <select value={mapping.copiesColumn ?? ''} onChange={(e) => session.setCopiesColumn(e.target.value || null)}>
          <option value="">— one copy each —</option>
          {data.columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <p className="hint" aria-live="polite">
        {plural(data.rowCount, 'row')} make {plural(records.length, 'record')}
        {records.length > 0 && `, ${plural(records.reduce((n, r) => n + r.copies, 0), 'label')} with copies`}.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}

function MappingRow({ field, mapping, columns, sample, session }: { field: Field; mapping: FieldMapping; columns: readonly string[]; sample: string; session: RecordsSession }) {
  const title = fieldTitle(field);
  return (
    <tr>
      <th scope="row">
        {title} <code>{tokenFor(field.name)}</code>
      </th>
      <td>
        <select aria-label={`Column for ${title}`} value={mapping.column ?? ''} onChange={(e) => session.remap(field.name, e.target.value || null)}>
          <option value="">— none: default value —</option>
          {columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </td>
      <td className="sample" title={sample}>
        {sample || <span className="hint">(empty)</span>}
      </td>
      <td>
        <input type="checkbox" aria-label={`Trim spaces of ${title}`} checked={mapping.trim} onChange={(e) => session.setTransform(field.name, { trim: e.target.checked })} />
      </td>
      <td>
        <select aria-label={`Case of ${title}`} value={mapping.case} onChange={(e) => session.setTransform(field.name, { case: e.target.value as CaseTransform })}>
          {(Object.keys(CASE_NAMES) as CaseTransform[]).map((c) => (
            <option key={c} value={c}>
              {CASE_NAMES[c]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`Split numbered names in ${title} into one record each`}
          checked={mapping.splitNumbered}
          onChange={(e) => session.setTransform(field.name, { splitNumbered: e.target.checked })}
        />
      </td>
    </tr>
  );
}
