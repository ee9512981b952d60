import type { CallResult, Client } from '../../shared/ipc/client';
import { MAX_ROWS_PER_PAGE, type DataRow, type DataSummary, type EncodingName } from '../../shared/ipc/features/data.contract';
import type { Mapping } from '../../shared/merge';
import type { Design } from '../../shared/model';
import { isApproved } from '../../shared/preflight';
import type { FontLibrary } from '../../shared/text';
import { chooseOrderColumn, orderIdsOf, samePrint } from './approvals';
import type { Editor } from './editor';
import { RecordChecks, type ChecksState } from './recordsChecks';
import {
  filterRecords,
  reconcileMapping,
  remap,
  setTransform,
  shownRecords,
  withEdit,
  withoutEdits,
  type RecordEdits,
  type ShownRecord,
  type TransformPatch,
} from './recordsMapping';

/** Rows the studio holds for the grid and the preview; main keeps the whole table for export. */
export const STUDIO_ROWS = 10_000;

export interface RecordsState {
  /** The records drawer is shown. */
  open: boolean;
  data: DataSummary | null;
  /** Rows still arriving from main. */
  loading: boolean;
  /** Rows main holds that the studio did not load (beyond STUDIO_ROWS). */
  notLoaded: number;
  mapping: Mapping | null;
  records: readonly ShownRecord[];
  filter: string;
  onlyProblems: boolean;
  /** Only records whose order's proof was approved. */
  onlyApproved: boolean;
  /** The column holding order ids (proofs and approvals are per order); null when the data has none. */
  orderColumn: string | null;
  /** Each record's order id ('' for none), index-aligned with `records`. */
  orders: readonly string[];
  /** Indices into `records` that pass the filter, in order. */
  shown: readonly number[];
  /** The record the canvas previews, an index into `records`. */
  current: number | null;
  /** Records ticked in the grid (for exporting a selection), by key. */
  checked: ReadonlySet<string>;
  /** The canvas shows the current record's values. */
  previewing: boolean;
  checks: ChecksState;
}

/**
 * The records session: the imported table (rows paged in from main by data id), the mapping, the user's
 * cell edits, the filter, the selection and which record the canvas previews. Framework-free like the
 * Editor; React subscribes to it. Nothing here is saved with the design (its model has no place for
 * order data yet), so a reopened design starts without records.
 */
export class RecordsSession {
  private state: RecordsState = {
    open: false,
    data: null,
    loading: false,
    notLoaded: 0,
    mapping: null,
    records: [],
    filter: '',
    onlyProblems: false,
    onlyApproved: false,
    orderColumn: null,
    orders: [],
    shown: [],
    current: null,
    checked: new Set(),
    previewing: true,
    checks: { running: false, byRecord: null, error: null },
  };
  private rows: readonly DataRow[] = [];
  private edits: RecordEdits = new Map();
  private design: Design;
  /** Bumped by every import, so pages of an older one are dropped. */
  private generation = 0;
  /** After an import the mapping dialog follows the encoding one. */
  private mappingNext = false;
  private readonly listeners = new Set<() => void>();
  private readonly checker: RecordChecks;
  /** What the checker last started on, so selecting or filtering does not check again. */
  private checking: { design: Design; records: readonly ShownRecord[] } | null = null;

  constructor(
    private readonly editor: Editor,
    private readonly client: Client,
    engine: Promise<FontLibrary>,
  ) {
    this.design = editor.store.design;
    this.checker = new RecordChecks(engine, (checks) => {
      this.set({ checks: { ...this.state.checks, ...checks } });
      if (this.state.onlyProblems) this.refilter();
    });
    editor.store.subscribe(() => this.designChanged());
  }

  readonly getState = (): RecordsState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The records ticked in the grid, else all of them: what an export of “the selection” prints. */
  selectedRecords(): readonly ShownRecord[] {
    const { records, checked } = this.state;
    return checked.size === 0 ? records : records.filter((r) => checked.has(r.key));
  }

  toggle(open = !this.state.open): void {
    this.set({ open });
    this.afterChange();
  }

  importData(): Promise<void> {
    return this.editor.exclusive(async () => {
      const result = await this.client.call('data:import', {});
      if (!result.ok) return this.editor.report('error', result.error.message);
      if (result.value.cancelled) return;
      const { data } = result.value;
      this.edits = new Map();
      this.set({ open: true, mapping: null, orderColumn: null, checked: new Set(), current: 0, filter: '', onlyProblems: false, onlyApproved: false });
      this.load(data);
      const askEncoding = needsEncodingCheck(data);
      this.mappingNext = askEncoding;
      this.editor.openDialog(askEncoding ? 'dataEncoding' : 'dataMapping');
      const problems = data.problemCount > 0 ? `; ${data.problemCount} ${data.problemCount === 1 ? 'problem' : 'problems'} to look at` : '';
      this.editor.report('info', `Imported ${data.fileName}: ${data.rowCount} ${data.rowCount === 1 ? 'row' : 'rows'}${problems}.`);
    });
  }

  /** The encoding dialog's answer: read the file again only when the choice differs from what was read. */
  async chooseEncoding(encoding: EncodingName | null, repairDoubleEncoding: boolean): Promise<void> {
    const data = this.state.data;
    this.closeEncodingDialog();
    if (!data) return;
    const sameEncoding = encoding === null || encoding === data.encoding?.encoding;
    if (sameEncoding && repairDoubleEncoding === data.doubleEncoding.repaired) return;
    await this.editor.exclusive(async () => {
      const result = await this.client.call('data:reimport', { dataId: data.dataId, ...(encoding && { encoding }), repairDoubleEncoding });
      if (!result.ok) return this.editor.report('error', result.error.message);
      this.load(result.value.data);
    });
  }

  closeEncodingDialog(): void {
    this.editor.openDialog(this.mappingNext ? 'dataMapping' : null);
    this.mappingNext = false;
  }

  openDialog(dialog: 'dataEncoding' | 'dataMapping'): void {
    this.editor.openDialog(dialog);
  }

  remap(field: string, column: string | null): void {
    const { mapping, data } = this.state;
    if (!mapping || !data) return;
    const next = remap(mapping, field, column, this.design.fields, data.columns);
    if (!next.ok) return this.editor.report('error', next.error.message);
    this.setMapping(next.value);
  }

  setTransform(field: string, patch: TransformPatch): void {
    if (this.state.mapping) this.setMapping(setTransform(this.state.mapping, field, patch));
  }

  setCopiesColumn(column: string | null): void {
    if (this.state.mapping) this.setMapping({ ...this.state.mapping, copiesColumn: column });
  }

  setFilter(filter: string): void {
    this.set({ filter });
    this.refilter();
  }

  setOnlyProblems(onlyProblems: boolean): void {
    this.set({ onlyProblems });
    this.refilter();
  }

  setOnlyApproved(onlyApproved: boolean): void {
    this.set({ onlyApproved });
    this.refilter();
  }

  /** Another order column changes the records' order ids, not the records: they need no new checks. */
  setOrderColumn(orderColumn: string | null): void {
    this.set({ orderColumn, orders: this.orderIds(this.state.records, orderColumn) });
    this.refilter();
  }

  /** The order id of the record on the canvas; null without one. */
  currentOrder(): string | null {
    const { current, orders } = this.state;
    return (current !== null && orders[current]) || null;
  }

  /** Makes a record the current one: the canvas previews it. */
  select(index: number): void {
    if (index < 0 || index >= this.state.records.length || index === this.state.current) return;
    this.set({ current: index });
    this.afterChange();
  }

  /** The next (or previous) record among those the filter shows. */
  step(direction: 1 | -1): void {
    const { shown, current } = this.state;
    if (shown.length === 0) return;
    const at = current === null ? -1 : shown.indexOf(current);
    let target: number | undefined;
    if (at >= 0) target = shown[at + direction];
    else if (direction > 0) target = shown.find((i) => current === null || i > current);
    else target = [...shown].reverse().find((i) => current === null || i < current);
    if (target !== undefined) this.select(target);
  }

  /** The next record (after the current one, wrapping) that preflight found something on. */
  nextWithFindings(): void {
    const { records, current, checks } = this.state;
    const flagged = [...(checks.byRecord?.keys() ?? [])].sort((a, b) => a - b);
    if (flagged.length === 0 || records.length === 0) return;
    this.select(flagged.find((i) => current === null || i > current) ?? flagged[0]!);
  }

  setChecked(keys: readonly string[], on: boolean): void {
    const checked = new Set(this.state.checked);
    for (const key of keys) {
      if (on) checked.add(key);
      else checked.delete(key);
    }
    this.set({ checked });
  }

  edit(index: number, field: string, value: string): void {
    const record = this.state.records[index];
    if (!record) return;
    const edits = withEdit(this.edits, record, field, value);
    if (edits === this.edits) return;
    this.edits = edits;
    this.rebuild();
  }

  revert(index: number): void {
    const record = this.state.records[index];
    if (!record || record.edited.length === 0) return;
    this.edits = withoutEdits(this.edits, record.key);
    this.rebuild();
  }

  setPreviewing(previewing: boolean): void {
    this.set({ previewing });
    this.afterChange();
  }

  /** A new or re-read table: its summary now, its rows page by page. */
  private load(data: DataSummary): void {
    const generation = ++this.generation;
    this.rows = [];
    const checks = { running: false, byRecord: null, error: null };
    const orderColumn = chooseOrderColumn(this.state.orderColumn, data);
    this.set({ data, loading: true, notLoaded: 0, checks, orderColumn, mapping: reconcileMapping(this.state.mapping, this.design.fields, data) });
    this.rebuild();
    void this.loadRows(data, generation);
  }

  private async loadRows(data: DataSummary, generation: number): Promise<void> {
    let offset: number | null = 0;
    while (offset !== null && this.rows.length < STUDIO_ROWS) {
      const limit = Math.min(MAX_ROWS_PER_PAGE, STUDIO_ROWS - this.rows.length);
      const page: CallResult<'data:rows'> = await this.client.call('data:rows', { dataId: data.dataId, offset, limit });
      if (generation !== this.generation) return;
      if (!page.ok) {
        this.editor.report('error', page.error.message);
        break;
      }
      this.rows = [...this.rows, ...page.value.rows];
      offset = page.value.nextOffset;
      this.rebuild();
    }
    this.set({ loading: false, notLoaded: data.rowCount - this.rows.length });
  }

  private setMapping(mapping: Mapping): void {
    this.set({ mapping });
    this.rebuild();
  }

  private designChanged(): void {
    const design = this.editor.store.design;
    const fieldsChanged = design.fields !== this.design.fields;
    const approvalsChanged = design.approvals !== this.design.approvals;
    this.design = design;
    const { data, mapping } = this.state;
    if (fieldsChanged && data) {
      this.set({ mapping: reconcileMapping(mapping, design.fields, data) });
      this.rebuild();
    } else if (approvalsChanged && this.state.onlyApproved) {
      this.refilter();
    } else {
      this.afterChange();
    }
  }

  /** Records from rows × mapping × edits; the current record stays where it was when it still exists. */
  private rebuild(): void {
    const { data, mapping, current, orderColumn } = this.state;
    const records = data && mapping ? shownRecords(data.columns, this.rows, this.design.fields, mapping, this.edits) : [];
    const keep = current !== null && current < records.length ? current : records.length > 0 ? 0 : null;
    this.set({ records, orders: this.orderIds(records, orderColumn), current: keep });
    this.refilter();
  }

  private orderIds(records: readonly ShownRecord[], column: string | null): string[] {
    const { data } = this.state;
    return data ? orderIdsOf(records, this.rows, data.columns, column) : [];
  }

  private refilter(): void {
    const { records, orders, filter, onlyProblems, onlyApproved, checks } = this.state;
    const problem = (i: number) => (checks.byRecord?.get(i)?.length ?? 0) > 0 || records[i]!.problems.length > 0;
    const approved = (i: number) => isApproved(this.design, orders[i] ?? '');
    const only = onlyProblems || onlyApproved ? (i: number) => (!onlyProblems || problem(i)) && (!onlyApproved || approved(i)) : undefined;
    this.set({ shown: filterRecords(records, filter, only) });
    this.afterChange();
  }

  /** The canvas previews the current record while the drawer is open; changed records are checked again. */
  private afterChange(): void {
    const { open, previewing, current, records } = this.state;
    const record = open && previewing && current !== null ? records[current] : undefined;
    this.editor.setPreviewRecord(record ? record.values : null);
    const checking = open && records.length > 0 ? { design: this.design, records } : null;
    const sameDesign = checking && this.checking ? samePrint(checking.design, this.checking.design) : checking === this.checking;
    if (sameDesign && checking?.records === this.checking?.records) return;
    this.checking = checking;
    if (checking) this.checker.run(checking.design, checking.records);
    else this.checker.cancel();
  }

  private set(patch: Partial<RecordsState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** The encoding was a guess, failed later in the file, or the text looks double-encoded: ask. */
export function needsEncodingCheck(data: DataSummary): boolean {
  const guessed = data.encoding?.needsConfirmation === true && data.encodingChoices.length > 0;
  return guessed || (data.doubleEncoding.cells > 0 && !data.doubleEncoding.repaired);
}
