import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Approval, Design, Field } from '../../shared/model';
import { recordLabel, type PreflightFinding } from '../../shared/preflight';
import { fieldTitle } from '../editor/fieldEdits';
import type { RecordsSession, RecordsState } from '../editor/records';
import type { ShownRecord } from '../editor/recordsMapping';
import { ApprovalBadge } from './ApprovalBadge';
import { RecordCell } from './RecordsCell';

const ROW_HEIGHT = 30;
/** Rows drawn above and below the visible ones, so fast scrolling does not show blank rows. */
const OVERSCAN = 8;

/**
 * The records as a table that draws only the rows in view (thousands of orders stay smooth): tick a row
 * for export, click a row to preview it on the canvas, type in a cell to correct a value.
 */
export function RecordsGrid({ session, records: state, fields, approvals }: { session: RecordsSession; records: RecordsState; fields: readonly Field[]; approvals: Design['approvals'] }) {
  const { records, shown, current, checked, checks, orders } = state;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(240);

  useLayoutEffect(() => {
    const el = scroller.current!;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The current record scrolls into view when next/previous (or a check) moves to it.
  const position = current === null ? -1 : shown.indexOf(current);
  useEffect(() => {
    const el = scroller.current;
    if (!el || position < 0) return;
    const header = el.querySelector('thead')?.getBoundingClientRect().height ?? ROW_HEIGHT;
    const top = position * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight - header) el.scrollTop = top + ROW_HEIGHT - el.clientHeight + header;
  }, [position]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const shownKeys = shown.map((i) => records[i]!.key);
  const allTicked = shownKeys.length > 0 && shownKeys.every((k) => checked.has(k));
  const columns = fields.length + 5;

  return (
    <div className="records-grid" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table aria-label="Records" aria-rowcount={shown.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="tick">
              <input
                type="checkbox"
                aria-label="Tick all shown records"
                checked={allTicked}
                disabled={shownKeys.length === 0}
                onChange={(e) => session.setChecked(shownKeys, e.target.checked)}
              />
            </th>
            <th scope="col" className="row-number">
              Row
            </th>
            {fields.map((f) => (
              <th scope="col" key={f.name}>
                {fieldTitle(f)}
              </th>
            ))}
            <th scope="col" className="copies">
              Copies
            </th>
            <th scope="col" className="checks">
              Checks
            </th>
            <th scope="col" className="approval">
              Approval
            </th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <Spacer height={first * ROW_HEIGHT} columns={columns} />}
          {shown.slice(first, last).map((index, i) => (
            <RecordRow
              key={records[index]!.key}
              index={index}
              rowIndex={first + i + 2}
              record={records[index]!}
              fields={fields}
              current={index === current}
              ticked={checked.has(records[index]!.key)}
              findings={checks.byRecord?.get(index) ?? (checks.byRecord ? NONE : null)}
              approval={orders[index] ? approvals?.[orders[index]] : undefined}
              session={session}
            />
          ))}
          {last < shown.length && <Spacer height={(shown.length - last) * ROW_HEIGHT} columns={columns} />}
        </tbody>
      </table>
      {shown.length === 0 && <p className="hint records-none">{records.length === 0 ? 'No records: map a field to a column (Mapping…).' : 'No record matches the filter.'}</p>}
    </div>
  );
}

const NONE: readonly PreflightFinding[] = [];

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="spacer" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

interface RowProps {
  index: number;
  rowIndex: number;
  record: ShownRecord;
  fields: readonly Field[];
  current: boolean;
  ticked: boolean;
  /** null while the records have not been checked yet. */
  findings: readonly PreflightFinding[] | null;
  /** The answer to the proof of the record's order. */
  approval: Approval | undefined;
  session: RecordsSession;
}

const RecordRow = memo(function RecordRow({ index, rowIndex, record, fields, current, ticked, findings, approval, session }: RowProps) {
  const label = recordLabel(record, index);
  const select = () => session.select(index);
  return (
    <tr aria-rowindex={rowIndex} aria-selected={current} className={current ? 'current' : undefined} onClick={select}>
      <td className="tick">
        <input type="checkbox" aria-label={`Tick ${label}`} checked={ticked} onChange={(e) => session.setChecked([record.key], e.target.checked)} />
      </td>
      <th scope="row" className="row-number">
        <button type="button" className="row-button" aria-label={`Preview ${label}`} aria-pressed={current} onClick={select}>
          {record.part ? `${record.row} · ${record.part.index}/${record.part.of}` : record.row}
        </button>
      </th>
      {fields.map((f) => (
        <td key={f.name} className={record.edited.includes(f.name) ? 'edited' : undefined}>
          <RecordCell
            label={`${fieldTitle(f)}, ${label}`}
            value={record.values[f.name] ?? ''}
            onFocus={select}
            onCommit={(value) => session.edit(index, f.name, value)}
          />
        </td>
      ))}
      <td className="copies">{record.copies}</td>
      <td className="checks">
        <CheckBadge findings={findings} />
      </td>
      <td className="approval">
        <ApprovalBadge approval={approval} />
      </td>
    </tr>
  );
});

function CheckBadge({ findings }: { findings: readonly PreflightFinding[] | null }) {
  if (findings === null) return <span className="badge pending">…</span>;
  if (findings.length === 0) return <span className="badge ok" title="No problems found" aria-label="No problems found">✓</span>;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const text = [errors > 0 && `${errors} ${errors === 1 ? 'error' : 'errors'}`, warnings > 0 && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`].filter(Boolean).join(', ');
  return (
    <span className={`badge ${errors > 0 ? 'error' : 'warning'}`} title={findings.map((f) => f.message).join('\n')}>
      {text}
    </span>
  );
}
