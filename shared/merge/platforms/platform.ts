import type { Columns } from '../columns';
import type { ProblemLog } from '../problems';
import type { AmazonCustomization } from './amazon-customization';

export type PlatformId = 'etsy-order-items' | 'etsy-orders' | 'shopify' | 'amazon-custom' | 'woocommerce' | 'generic';

/** What the importer found out about the file's origin, for the UI and for auto-mapping. */
export interface PlatformInfo {
  id: PlatformId;
  /** The column whose number says how many of the item were bought, used for copies unless remapped. */
  quantityColumn: string | null;
  /** Columns whose names mislead matching by name: Shopify's `Name` is the order number. */
  notForAutoMap: string[];
}

/** Extra inputs some platforms need, read by main from other files. */
export interface PlatformInputs {
  /** Amazon Custom: each order item's customization, by `order-item-id`. */
  amazon?: ReadonlyMap<string, AmazonCustomization>;
}

/**
 * Turns the rows of one platform's export into table rows, one source row at a time so a large file
 * streams: derived columns are added to `columns` as they are met.
 */
export interface PlatformReader {
  info: PlatformInfo;
  /** The table rows one source row becomes (usually itself; one per line item for WooCommerce). */
  shape(cells: string[], row: number): string[][];
}

export interface Platform {
  id: PlatformId;
  /** True when the header (as name keys) carries this platform's signature columns. */
  matches(keys: ReadonlySet<string>): boolean;
  /** Renames localized or re-cased headers to one spelling, so one mapping serves every shop. */
  canonicalHeader?(header: readonly string[]): string[];
  reader(columns: Columns, inputs: PlatformInputs, problems: ProblemLog): PlatformReader;
}
