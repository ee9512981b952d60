/**
 * How column and field names are compared everywhere: case and punctuation ignored, so `Ship Zipcode`,
 * `ship_zipcode` and `SHIP-ZIPCODE` are one name, and `order-item-id` is `orderitemid`.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
