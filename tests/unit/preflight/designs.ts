import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from '../../../shared/merge';
import { createDesign, createText, type Design, type DesignObject, type Field, type ImageObject, type TextObject } from '../../../shared/model';
import { ORDERS } from '../merge/fixtures';

/** No vitest imports here: the CLI tests share these designs. */

export function field(name: string, extra: Partial<Field> = {}): Field {
  return { name, label: '', required: false, maxLength: null, defaultValue: '', sample: '', allowedFonts: [], allowedColors: [], ...extra };
}

export function text(surfaceId: string, content: string, extra: Partial<TextObject> = {}): TextObject {
  return { ...(createText(surfaceId, { x: 9, y: 9 }, content) as TextObject), ...extra };
}

export function image(surfaceId: string, assetId: string, size: number, extra: Partial<ImageObject> = {}): ImageObject {
  return { id: `oImg${size}`, surfaceId, name: 'Logo', x: 9, y: 9, width: size, height: size, rotation: 0, opacity: 1, locked: false, hidden: false, type: 'image', assetId, fit: 'fit', ...extra };
}

/** A 2.625 × 1 in name label (Avery 5160's cell) holding the objects `make` returns. */
export function labelDesign(fields: Field[], make: (surfaceId: string) => DesignObject[]): Design {
  const d = createDesign({ name: 'Name label', unit: 'in', width: 189, height: 72, shape: { kind: 'rect' }, bleed: 4.5, safeMargin: 4.5 });
  const surface = d.surfaces[0]!;
  const objects = make(surface.id);
  return { ...d, fields, objects, surfaces: [{ ...surface, objectIds: objects.map((o) => o.id) }] };
}

/**
 * The name label shops use in these tests: a required name of at most 20 characters in Dancing Script,
 * shrinking to fit down to 10 pt, and the order id in small type.
 */
export function nameLabel(): Design {
  return labelDesign([field('name', { label: 'Name', required: true, maxLength: 20, sample: 'Amelia Hart' }), field('order', { label: 'Order ID' })], (s) => [
    text(s, '{{name}}', { id: 'oName', name: 'name', x: 9, y: 9, width: 171, height: 36, font: 'dancing-script-bold', fontSize: 24, minFontSize: 10 }),
    text(s, '#{{order}}', { id: 'oOrder', name: 'order', x: 9, y: 50, width: 171, height: 12, fontSize: 7, fit: 'none' }),
  ]);
}

const ETSY_HEADER = readFileSync(join(ORDERS, 'etsy-order-items-us.csv'), 'utf8').split('\n')[0]!.trim();

/** An Etsy Order Items file (DATA.md: US header, personalization inside Variations), with invented orders. */
export function etsyOrderItems(items: { order: string; personalization: string; quantity?: number }[]): string {
  const columns = ETSY_HEADER.split(',').map((c) => c.replace(/^"|"$/g, ''));
  const rows = items.map((item, i) => {
    const cells: Record<string, string> = {
      'Sale Date': '03/14/26',
      'Item Name': 'Name Label',
      Buyer: `Buyer ${i} (buyer${i})`,
      Quantity: String(item.quantity ?? 1),
      'Order ID': item.order,
      'Transaction ID': String(4000000100 + i),
      Variations: `Color:Gold,Personalization:${item.personalization}`,
    };
    return columns.map((c) => cells[c] ?? '');
  });
  return writeCsv([columns, ...rows]);
}
