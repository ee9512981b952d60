import { setCell, type Columns } from '../columns';
import type { ProblemLog } from '../problems';
import type { AmazonCustomization } from './amazon-customization';
import type { Platform, PlatformReader } from './platform';

/**
 * Amazon's order report with each item's customization joined on `order-item-id`: every area becomes
 * a column by its label, with its font and colour beside it when the buyer chose them. An item that
 * was customized but whose zip was not supplied is reported, never left blank silently.
 */
function reader(columns: Columns, customizations: ReadonlyMap<string, AmazonCustomization>, problems: ProblemLog): PlatformReader {
  const itemId = columns.find('order-item-id');
  const url = columns.find('customized-url');
  return {
    info: { id: 'amazon-custom', quantityColumn: 'quantity-purchased', notForAutoMap: [] },
    shape(cells, row) {
      const id = (cells[itemId] ?? '').trim();
      const found = customizations.get(id);
      if (found) {
        for (const area of found.areas) {
          setCell(cells, columns.derived(area.label, 'customization'), area.value);
          if (area.fontFamily) setCell(cells, columns.derived(`${area.label} font`, 'customization'), area.fontFamily);
          if (area.fill) setCell(cells, columns.derived(`${area.label} color`, 'customization'), area.fill);
        }
      } else if (url >= 0 && (cells[url] ?? '').trim() !== '') {
        problems.add('missing-customization', row, null, `order item ${id || '(no id)'} is customized, but its customization zip was not imported`);
      }
      return [cells];
    },
  };
}

export const amazonCustom: Platform = {
  id: 'amazon-custom',
  matches: (keys) => keys.has('orderitemid') && (keys.has('customizedurl') || keys.has('customizedpage')),
  reader: (columns, inputs, problems) => reader(columns, inputs.amazon ?? new Map(), problems),
};
