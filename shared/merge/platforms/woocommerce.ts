import { setCell, type Columns } from '../columns';
import { nameKey } from '../names';
import type { Platform, PlatformReader } from './platform';

/** `line_item_1`, `Line Item 2`…: one cell per item, as order-export plugins write them (DATA.md). */
const ITEM_COLUMN = /^lineitem\d+$/;
/** A `|` that starts the next `key:` of an item cell. */
const ITEM_PART = /\|(?=[a-z_]+:)/;

/**
 * `name:Mug|product_id:12|quantity:2|meta:Engraving:Ann` → `name`, `product_id`, `quantity` and the
 * meta pair `Engraving` = `Ann`.
 */
function parseLineItem(cell: string): { fields: Array<{ key: string; value: string }>; meta: Array<{ label: string; value: string }> } {
  const fields: Array<{ key: string; value: string }> = [];
  const meta: Array<{ label: string; value: string }> = [];
  for (const part of cell.split(ITEM_PART)) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim();
    const value = part.slice(colon + 1);
    const metaColon = value.indexOf(':');
    if (key === 'meta' && metaColon > 0) meta.push({ label: value.slice(0, metaColon).trim(), value: value.slice(metaColon + 1).trim() });
    else fields.push({ key, value: value.trim() });
  }
  return { fields, meta };
}

/** Each item of an order becomes its own row (one label per item), carrying the order's columns. */
function reader(columns: Columns): PlatformReader {
  const items = columns.names.map((n, i) => (ITEM_COLUMN.test(nameKey(n)) ? i : -1)).filter((i) => i >= 0);
  return {
    info: { id: 'woocommerce', quantityColumn: 'Item quantity', notForAutoMap: [] },
    shape(cells) {
      const filled = items.filter((i) => (cells[i] ?? '').trim() !== '');
      if (filled.length === 0) return [cells];
      return filled.map((i) => {
        const out = cells.slice();
        const { fields, meta } = parseLineItem(cells[i]!);
        for (const f of fields) setCell(out, columns.derived(`Item ${f.key}`, 'line item'), f.value);
        for (const m of meta) setCell(out, columns.derived(m.label, 'line item'), m.value);
        return out;
      });
    },
  };
}

export const wooCommerce: Platform = {
  id: 'woocommerce',
  matches: (keys) => [...keys].some((k) => ITEM_COLUMN.test(k)),
  reader: (columns) => reader(columns),
};
