import { Columns } from '../columns';
import { nameKey } from '../names';
import type { ProblemLog } from '../problems';
import { amazonCustom } from './amazon';
import { etsyOrderItems, etsyOrders } from './etsy';
import type { Platform, PlatformInputs, PlatformReader } from './platform';
import { shopify } from './shopify';
import { wooCommerce } from './woocommerce';

const PLATFORMS: readonly Platform[] = [etsyOrderItems, etsyOrders, shopify, amazonCustom, wooCommerce];

/**
 * Recognises the shop that wrote a file by its signature columns and returns the columns (renamed to
 * one spelling where the platform has several) with a reader for its rows. Anything else is read as
 * it is.
 */
export function recognize(header: readonly string[], inputs: PlatformInputs, problems: ProblemLog): { columns: Columns; reader: PlatformReader } {
  const keys = new Set(header.map(nameKey));
  const platform = PLATFORMS.find((p) => p.matches(keys));
  if (!platform) {
    return {
      columns: new Columns(header),
      reader: { info: { id: 'generic', quantityColumn: null, notForAutoMap: [] }, shape: (cells) => [cells] },
    };
  }
  const columns = new Columns(platform.canonicalHeader?.(header) ?? header);
  return { columns, reader: platform.reader(columns, inputs, problems) };
}
