import type { ExportedRecord } from '../../shared/ipc/features/export.contract';
import type { RecordsSession } from './records';
import type { ShownRecord } from './recordsMapping';

/** What the records panel offers an export: its imported table's ticked records, or all of them. */
export interface PanelRecords {
  dataId: string;
  fileName: string;
  records: readonly ShownRecord[];
  /** Some records are ticked, and only those are exported. */
  ticked: boolean;
  /** Records × their copies. */
  labels: number;
  /** Rows main holds beyond what the studio loaded: they are not in an export from the studio. */
  notLoaded: number;
  /** Rows are still arriving from main. */
  loading: boolean;
}

/** Null when no data is imported (or it makes no records): the export prints the sample values. */
export function panelRecords(session: RecordsSession): PanelRecords | null {
  const { data, checked, notLoaded, loading } = session.getState();
  const records = session.selectedRecords();
  if (!data || records.length === 0) return null;
  return {
    dataId: data.dataId,
    fileName: data.fileName,
    records,
    ticked: checked.size > 0,
    labels: records.reduce((n, r) => n + r.copies, 0),
    notLoaded,
    loading,
  };
}

/** The records as the export contract carries them: values as they print (edits included), copies, row. */
export function exportedRecords(records: readonly ShownRecord[]): ExportedRecord[] {
  return records.map(({ values, copies, row, part, problems }) => ({ values, copies, row, part, problems }));
}

/** Shows a record in the records panel: the drawer opens on it and the canvas previews it. */
export function showRecord(session: RecordsSession, record: ShownRecord): void {
  const index = session.getState().records.indexOf(record);
  if (index < 0) return;
  session.toggle(true);
  session.select(index);
}
