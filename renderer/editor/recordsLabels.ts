import type { DataSummary, EncodingName } from '../../shared/ipc/features/data.contract';
import type { CaseTransform } from '../../shared/merge';

/** Encodings as shop staff know them: by the program that wrote the file. */
export const ENCODING_NAMES: Record<EncodingName, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (Excel “CSV” on Windows)',
  macintosh: 'MacRoman (Excel “CSV” on an older Mac)',
  'utf-16le': 'UTF-16, little-endian (Excel “Unicode Text”)',
  'utf-16be': 'UTF-16, big-endian',
};

export const PLATFORM_NAMES: Record<DataSummary['platform']['id'], string> = {
  'etsy-order-items': 'Etsy order items',
  'etsy-orders': 'Etsy orders (without personalization: use the Order Items file)',
  shopify: 'Shopify orders',
  'amazon-custom': 'Amazon Custom',
  woocommerce: 'WooCommerce',
  generic: 'table',
};

export const CASE_NAMES: Record<CaseTransform, string> = {
  none: 'As typed',
  upper: 'UPPER CASE',
  lower: 'lower case',
  title: 'Title Case',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** “orders.csv · Etsy order items · 40 rows · UTF-8” for the panel's header. */
export function describeData(data: DataSummary): string {
  const parts = [data.fileName, PLATFORM_NAMES[data.platform.id], plural(data.rowCount, 'row')];
  if (data.customizationFiles > 0) parts.push(plural(data.customizationFiles, 'customization zip'));
  if (data.encoding) parts.push(ENCODING_NAMES[data.encoding.encoding].replace(/ \(.*\)$/, ''));
  return parts.join(' · ');
}
