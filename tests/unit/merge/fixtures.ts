import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cellOf, importBytes, type ImportOptions, type ImportedTable } from '../../../shared/merge';

export const ORDERS = join(__dirname, '../../fixtures/orders');

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(ORDERS, name));
}

/** Imports a fixture and fails the test with the importer's own message if it is refused. */
export function importFixture(name: string, options: ImportOptions = {}): ImportedTable {
  return expectTable(importBytes(fixtureBytes(name), options));
}

export function importText(text: string, options: ImportOptions = {}): ImportedTable {
  return expectTable(importBytes(new TextEncoder().encode(text), options));
}

export function expectTable(result: ReturnType<typeof importBytes>): ImportedTable {
  if (!result.ok) expect.fail(result.error.message);
  return result.value;
}

/** Rows as column → value objects, limited to `columns`, for readable assertions. */
export function pick(table: ImportedTable, columns: readonly string[]): Array<Record<string, string>> {
  return table.rows.map((row) => Object.fromEntries(columns.map((c) => [c, cellOf(table, row, c)])));
}
