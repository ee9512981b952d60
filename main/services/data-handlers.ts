import { basename, extname } from 'node:path';
import type { ImportedTable, ImportOptions } from '../../shared/merge';
import type { DATA_CHANNELS } from '../../shared/ipc/channels';
import { HandlerError } from '../../shared/ipc/errors';
import type { DataRow, DataSummary } from '../../shared/ipc/features/data.contract';
import type { Handlers } from '../../shared/ipc/router';
import { importDataFile } from './data-import';
import { importAmazonCustom } from './data-import-amazon';
import { encodingChoices } from './data-encoding-samples';
import type { DataSource, DataStore, StoredData } from './data-store';
import type { FileFilter, MainPorts } from './ports';

export const DATA_FILTERS: FileFilter[] = [
  { name: 'Order lists (CSV, TSV, TXT, Excel, JSON; Amazon customization zips)', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'json', 'zip'] },
];

/** Text one `data:rows` page carries at most (UTF-16 code units), so a page of huge cells stays small. */
const PAGE_CHARS = 4_000_000;

/**
 * Order data over IPC. The table is parsed and kept in main (`DataStore`); the renderer gets a summary
 * and pages of rows by an opaque data id, never a path.
 */
export function createDataHandlers(ports: Pick<MainPorts, 'dialogs'>, store: DataStore): Pick<Handlers, (typeof DATA_CHANNELS)[number]> {
  function known(dataId: string): StoredData {
    const stored = store.get(dataId);
    if (!stored) throw new HandlerError('not-found', 'That imported data is no longer open. Import the file again.');
    return stored;
  }

  return {
    'data:import': async () => {
      const paths = await ports.dialogs.showOpenFiles({ title: 'Import order data', filters: DATA_FILTERS });
      if (paths.length === 0) return { cancelled: true as const };
      const source = sourceOf(paths);
      const stored = store.add(source, await read(source, {}));
      return { cancelled: false as const, data: await summarize(stored) };
    },

    'data:reimport': async ({ dataId, encoding, repairDoubleEncoding }) => {
      const { source } = known(dataId);
      const table = await read(source, { ...(encoding && { encoding }), repairDoubleEncoding });
      return { data: await summarize(store.replace(dataId, table) ?? known(dataId)) };
    },

    'data:rows': async ({ dataId, offset, limit }) => page(known(dataId).table, offset, limit),
  };
}

/**
 * One table file, plus customization zips for an Amazon Custom report (picked together in one dialog).
 * Anything else is refused with what to pick instead.
 */
function sourceOf(paths: readonly string[]): DataSource {
  const isZip = (p: string) => extname(p).toLowerCase() === '.zip';
  const tables = paths.filter((p) => !isZip(p));
  const customizations = paths.filter(isZip);
  if (tables.length === 1) return { path: tables[0]!, customizations };
  if (tables.length === 0) {
    throw new HandlerError(
      'bad-request',
      'Those are Amazon customization zips. Select the order report (the .txt file) together with them.',
    );
  }
  throw new HandlerError(
    'bad-request',
    `Select one order file at a time (you selected ${tables.map((p) => `“${basename(p)}”`).join(', ')}). Only Amazon customization zips can come along with it.`,
  );
}

async function read({ path, customizations }: DataSource, options: ImportOptions): Promise<ImportedTable> {
  const result = customizations.length > 0 ? await importAmazonCustom(path, customizations, options) : await importDataFile(path, options);
  if (result.ok) return result.value;
  const { code, message } = result.error;
  // io-error messages already name the file; the parser's name a row and column.
  if (code === 'io-error') throw new HandlerError('io-error', message);
  throw new HandlerError('corrupt-file', `“${basename(path)}” can't be imported: ${message}.`);
}

async function summarize({ id, source, table }: StoredData): Promise<DataSummary> {
  const { encoding } = table;
  const ask = encoding !== null && (encoding.needsConfirmation || encoding.source === 'guess' || encoding.source === 'chosen');
  return {
    dataId: id,
    fileName: basename(source.path),
    format: table.format,
    platform: table.platform,
    encoding: encoding && { encoding: encoding.encoding, source: encoding.source, needsConfirmation: encoding.needsConfirmation },
    delimiter: table.delimiter,
    delimiterCertain: table.delimiterCertain,
    columns: table.columns,
    rowCount: table.rowCount,
    blankRows: table.blankRows,
    problems: table.problems,
    problemCount: table.problemCount,
    doubleEncoding: table.doubleEncoding,
    encodingChoices: ask ? await encodingChoices(source.path, encoding.encoding) : [],
    customizationFiles: source.customizations.length,
  };
}

function page(table: ImportedTable, offset: number, limit: number): { rows: DataRow[]; nextOffset: number | null } {
  const rows: DataRow[] = [];
  let chars = 0;
  for (let i = offset; i < table.rows.length && rows.length < limit; i++) {
    const row = table.rows[i]!;
    const size = row.cells.reduce((n, c) => n + c.length, 0);
    if (rows.length > 0 && chars + size > PAGE_CHARS) break;
    chars += size;
    rows.push(row);
  }
  const next = offset + rows.length;
  return { rows, nextOffset: next < table.rows.length ? next : null };
}
