import { useSyncExternalStore } from 'react';
import type { Editor, EditorState } from '../editor/editor';
import type { RecordsSession, RecordsState } from '../editor/records';
import { describeData, plural } from '../editor/recordsLabels';
import { ApprovalBar } from './ApprovalBar';
import { RecordsChecks } from './RecordsChecks';
import { RecordsGrid } from './RecordsGrid';

export function useRecordsState(session: RecordsSession): RecordsState {
  return useSyncExternalStore(session.subscribe, session.getState);
}

/**
 * The records drawer under the canvas: the imported orders as a grid (filter, tick, edit a cell), the
 * record previewed on the canvas with previous/next, and each record's checks beside the grid.
 */
export function RecordsPanel({ session, editor, state }: { session: RecordsSession; editor: Editor; state: EditorState }) {
  const records = useRecordsState(session);
  const { data, current, shown } = records;
  const fields = state.design.fields;
  const at = current === null ? -1 : shown.indexOf(current);
  return (
    <section className="records-drawer" aria-labelledby="records-title">
      <div className="records-bar">
        <h2 id="records-title" className="panel-title">
          Records
        </h2>
        <span className="records-source">{data ? describeData(data) : 'No order data yet'}</span>
        <div className="records-actions">
          {data && (
            <>
              <button type="button" className="small" onClick={() => session.openDialog('dataMapping')}>
                Mapping…
              </button>
              <button type="button" className="small" disabled={records.records.length === 0} onClick={() => editor.openDialog('proofs')}>
                Proofs…
              </button>
              {(data.encodingChoices.length > 0 || data.doubleEncoding.cells > 0) && (
                <button type="button" className="small" onClick={() => session.openDialog('dataEncoding')}>
                  Text encoding…
                </button>
              )}
            </>
          )}
          <button type="button" className="small" disabled={state.busy} onClick={() => void session.importData()}>
            {data ? 'Import other data…' : 'Import data…'}
          </button>
          <button type="button" className="icon-button" aria-label="Close records" title="Close records" onClick={() => session.toggle(false)}>
            ×
          </button>
        </div>
      </div>
      {data ? (
        <>
          <div className="records-tools" role="toolbar" aria-label="Records tools">
            <input
              type="search"
              className="records-filter"
              aria-label="Filter records"
              placeholder="Filter: name, word, row…"
              value={records.filter}
              onChange={(e) => session.setFilter(e.target.value)}
            />
            <label className="check">
              <input type="checkbox" checked={records.onlyProblems} onChange={(e) => session.setOnlyProblems(e.target.checked)} />
              Only records with problems
            </label>
            <label className="check">
              <input type="checkbox" checked={records.onlyApproved} onChange={(e) => session.setOnlyApproved(e.target.checked)} />
              Only approved
            </label>
            <span className="records-count" aria-live="polite">
              {countLine(records)}
            </span>
            <div className="records-nav" role="group" aria-label="Record on the canvas">
              <button type="button" className="small" aria-label="Previous record" title="Previous record" disabled={at <= 0} onClick={() => session.step(-1)}>
                ‹ Previous
              </button>
              <span className="records-position">{at >= 0 ? `${at + 1} of ${shown.length}` : '–'}</span>
              <button type="button" className="small" aria-label="Next record" title="Next record" disabled={at < 0 ? shown.length === 0 : at >= shown.length - 1} onClick={() => session.step(1)}>
                Next ›
              </button>
            </div>
            <label className="check switch">
              <input type="checkbox" role="switch" checked={records.previewing} onChange={(e) => session.setPreviewing(e.target.checked)} />
              Preview on canvas
            </label>
          </div>
          <ApprovalBar session={session} editor={editor} records={records} design={state.design} />
          <div className="records-body">
            <RecordsGrid session={session} records={records} fields={fields} approvals={state.design.approvals} />
            <RecordsChecks session={session} editor={editor} records={records} />
          </div>
        </>
      ) : (
        <p className="hint records-empty">
          Import an order list — CSV, TSV, Excel, JSON, or an Amazon order report together with its customization zips — to print one label
          per order. Map its columns to the design’s fields, check each record here and see it on the canvas.
        </p>
      )}
    </section>
  );
}

function countLine({ records, shown, checked, loading, notLoaded, data }: RecordsState): string {
  const parts = [shown.length === records.length ? plural(records.length, 'record') : `${shown.length.toLocaleString('en-US')} of ${plural(records.length, 'record')} shown`];
  if (checked.size > 0) parts.push(`${checked.size.toLocaleString('en-US')} ticked`);
  if (loading) parts.push('loading rows…');
  else if (notLoaded > 0 && data) parts.push(`the first ${plural(data.rowCount - notLoaded, 'row')} of ${data.rowCount.toLocaleString('en-US')} are shown`);
  return parts.join(' · ');
}
