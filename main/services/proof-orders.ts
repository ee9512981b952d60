import { nameKey } from '../../shared/merge/names';
import type { Design } from '../../shared/model';
import { findOrderColumn, isApproved } from '../../shared/preflight';
import { err, ok, type Result } from '../../shared/result';
import type { ExportRecord, SourceTable } from './export-data';
import { cellReader } from './job-inputs';

/** Reads each record's order id from the data. */
export interface OrderIds {
  column: string;
  of(record: ExportRecord): string;
}

/**
 * Where order ids are: the column `--order` names (matched ignoring case and punctuation), else the
 * platform's or one named like an order id. An error value, naming `option`, when there is none.
 */
export function orderIds(table: SourceTable | undefined, explicit: string | undefined, option: string): Result<OrderIds> {
  if (!table) return err({ code: 'no-data', message: `${option} needs --data: orders come from the order data` });
  const column = explicit === undefined ? findOrderColumn(table.columns, table.platform) : table.columns.find((c) => nameKey(c) === nameKey(explicit));
  if (column === undefined || column === null) {
    const which = explicit === undefined ? 'has no order id column (like “Order ID”)' : `has no column “${explicit}”`;
    return err({ code: 'no-order-column', message: `${option}: the data ${which}; name the order id column with --order <column>` });
  }
  const cell = cellReader(table);
  return ok({ column, of: (record) => cell(record, column).trim() });
}

/** The records of orders whose proof the customer approved (the design's approvals). */
export function approvedRecords(design: Design, records: readonly ExportRecord[], orders: OrderIds): Result<ExportRecord[]> {
  const approved = records.filter((r) => isApproved(design, orders.of(r)));
  if (approved.length) return ok(approved);
  const count = new Set(records.map((r) => orders.of(r))).size;
  return err({ code: 'none-approved', message: `--approved-only: none of the ${count} orders (by “${orders.column}”) has an approved proof yet` });
}
