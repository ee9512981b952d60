import { setCell, type Columns } from '../columns';
import { nameKey } from '../names';
import type { Platform, PlatformReader } from './platform';

/**
 * `Note Attributes` holds one `key: value` per line; a line without a colon continues the value above
 * (a buyer's message with a line break).
 */
function parseNoteAttributes(text: string): Array<{ key: string; value: string }> {
  const out: Array<{ key: string; value: string }> = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const colon = line.indexOf(':');
    const last = out[out.length - 1];
    if (colon > 0) out.push({ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
    else if (last) last.value += `\n${line}`;
  }
  return out;
}

/** Columns that differ between the line items of one order; everything else belongs to the order. */
function isItemColumn(key: string): boolean {
  return key.startsWith('lineitem') || key === 'vendor';
}

/**
 * Shopify writes a multi-item order as one row per item, the order's columns filled only on the first
 * (DATA.md); each later row of the same order gets the blanks filled from that first row, so every
 * label has the order's name, address and notes.
 */
function reader(columns: Columns): PlatformReader {
  const order = columns.find('Name');
  const notes = columns.find('Note Attributes');
  const orderColumns = columns.names.map((n, i) => (isItemColumn(nameKey(n)) ? -1 : i)).filter((i) => i >= 0);
  let current = '';
  let first: string[] = [];
  return {
    info: { id: 'shopify', quantityColumn: 'Lineitem quantity', notForAutoMap: ['Name'] },
    shape(cells) {
      const name = cells[order] ?? '';
      if (name !== '' && name === current) {
        for (const i of orderColumns) if ((cells[i] ?? '') === '' && (first[i] ?? '') !== '') setCell(cells, i, first[i]!);
      } else {
        current = name;
        first = cells.slice();
      }
      if (notes >= 0) {
        for (const { key, value } of parseNoteAttributes(cells[notes] ?? '')) {
          setCell(cells, columns.derived(key, 'Note Attributes'), value);
        }
      }
      return [cells];
    },
  };
}

export const shopify: Platform = {
  id: 'shopify',
  matches: (keys) => ['name', 'financialstatus', 'lineitemname', 'lineitemquantity'].every((k) => keys.has(k)),
  reader: (columns) => reader(columns),
};
