import { setCell, type Columns } from '../columns';
import { decodeEntities } from '../html-entities';
import { nameKey } from '../names';
import type { Platform, PlatformReader } from './platform';

/** The Sold Order Items header of a US shop (DATA.md), the spelling every Etsy file is renamed to. */
const US_HEADER = [
  'Sale Date', 'Item Name', 'Buyer', 'Quantity', 'Price', 'Coupon Code', 'Coupon Details', 'Discount Amount',
  'Shipping Discount', 'Order Shipping', 'Order Sales Tax', 'Item Total', 'Currency', 'Transaction ID',
  'Listing ID', 'Date Paid', 'Date Shipped', 'Ship Name', 'Ship Address1', 'Ship Address2', 'Ship City',
  'Ship State', 'Ship Zipcode', 'Ship Country', 'Order ID', 'Variations', 'Order Type', 'Listings Type',
  'Payment Type', 'InPerson Discount', 'InPerson Location', 'VAT Paid by Buyer', 'SKU',
];

/** UK shops: Shipping → Delivery, Ship … → Delivery …, Date Shipped → Date Posted (DATA.md). */
function ukSpelling(us: string): string {
  return us.replace(/^Ship /, 'Delivery ').replace('Shipping', 'Delivery').replace('Date Shipped', 'Date Posted');
}

const CANONICAL = new Map<string, string>();
for (const us of US_HEADER) {
  CANONICAL.set(nameKey(us), us);
  CANONICAL.set(nameKey(ukSpelling(us)), us);
}

const PERSONALIZATION = 'Personalization';
const NOT_REQUESTED = /^not requested on this item\.?$/i;
/** `Personalization:` or `Personalisation:` after the start or a comma: its value runs to the end. */
const PERSONALIZATION_LABEL = /(?:^|,)\s*personali[sz]ation\s*:/i;
/** A comma that starts another `Label:` pair (a short label without commas, colons or line breaks). */
const PAIR_START = /,(?=[^,:\r\n]{1,60}:)/;

export interface Variations {
  /** Everything after the personalization label, or '' when there is none or it was not requested. */
  personalization: string;
  /** The other `Label:value` pairs (options such as `Color:Gold`, or sellers' own questions). */
  pairs: Array<{ label: string; value: string }>;
}

/**
 * Splits Etsy's `Variations` cell. The personalization text may hold commas, colons and line breaks,
 * so it is never split: it is everything after its label. The part before is split into pairs only at a
 * comma followed by a short `Label:`, so an option value with a comma stays whole.
 */
export function parseVariations(text: string): Variations {
  const match = PERSONALIZATION_LABEL.exec(text);
  const before = match ? text.slice(0, match.index) : text;
  const raw = match ? text.slice(match.index + match[0].length) : '';
  const pairs: Variations['pairs'] = [];
  for (const part of before.split(PAIR_START)) {
    const colon = part.indexOf(':');
    if (colon > 0) pairs.push({ label: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() });
  }
  return { personalization: NOT_REQUESTED.test(raw.trim()) ? '' : raw, pairs };
}

/** `Full Name (username)` → its two parts; a Buyer without a username is all name. */
export function splitBuyer(buyer: string): { name: string; username: string } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(buyer);
  return match ? { name: match[1]!, username: match[2]! } : { name: buyer.trim(), username: '' };
}

function itemsReader(columns: Columns): PlatformReader {
  const variations = columns.find('Variations');
  const buyer = columns.find('Buyer');
  // Present even when no row asks for personalization, so a mapping to it is never "unknown column".
  const personalization = columns.derived(PERSONALIZATION, 'Variations');
  return {
    info: { id: 'etsy-order-items', quantityColumn: 'Quantity', notForAutoMap: [] },
    shape(cells) {
      for (let i = 0; i < cells.length; i++) cells[i] = decodeEntities(cells[i]!);
      const parsed = parseVariations(cells[variations] ?? '');
      setCell(cells, personalization, parsed.personalization);
      for (const pair of parsed.pairs) setCell(cells, columns.derived(pair.label, 'Variations'), pair.value);
      if (buyer >= 0) {
        const { name, username } = splitBuyer(cells[buyer] ?? '');
        setCell(cells, columns.derived('Buyer Name', 'Buyer'), name);
        setCell(cells, columns.derived('Buyer Username', 'Buyer'), username);
      }
      return [cells];
    },
  };
}

function canonicalHeader(header: readonly string[]): string[] {
  return header.map((h) => CANONICAL.get(nameKey(h)) ?? h);
}

export const etsyOrderItems: Platform = {
  id: 'etsy-order-items',
  matches: (keys) => ['variations', 'transactionid', 'listingid'].every((k) => keys.has(k)),
  canonicalHeader,
  reader: (columns) => itemsReader(columns),
};

/** The Sold Orders file has one row per order and no personalization: say so rather than map nothing. */
export const etsyOrders: Platform = {
  id: 'etsy-orders',
  matches: (keys) => ['saledate', 'orderid', 'numberofitems'].every((k) => keys.has(k)) && !keys.has('variations'),
  reader: (_columns, _inputs, problems) => {
    problems.add(
      'platform-note',
      null,
      null,
      'This is Etsy’s Sold Orders file, which has no personalization. Download “Order Items” (EtsySoldOrderItems…csv) instead.',
    );
    return { info: { id: 'etsy-orders', quantityColumn: null, notForAutoMap: [] }, shape: (cells) => [cells] };
  },
};
