import { nameKey } from '../names';

/**
 * Names a column may carry for one idea, as name keys, best first. Mapping a field called `name` tries
 * a column called Name, then Personalization (Etsy), and so on.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['name', 'personalization', 'personalisation', 'customname', 'nameonlabel', 'engraving', 'customtext', 'text'],
  ['quantity', 'qty', 'lineitemquantity', 'quantitypurchased', 'itemquantity', 'copies'],
  ['orderid', 'ordernumber', 'order', 'orderno', 'amazonorderid'],
  ['buyer', 'buyername', 'customer', 'customername', 'fullname', 'recipient', 'recipientname', 'shipname', 'shippingname', 'billingname'],
  ['message', 'giftmessage', 'giftnote', 'note', 'notes'],
  ['date', 'saledate', 'orderdate', 'purchasedate', 'createdat'],
  ['color', 'colour'],
  ['font', 'fontfamily'],
  ['sku', 'lineitemsku', 'itemsku'],
  ['item', 'itemname', 'product', 'productname', 'lineitemname', 'title'],
];

/** The name keys to look for, in order, for a field known by these names. */
export function candidateKeys(names: readonly string[]): string[] {
  const keys = names.map(nameKey).filter((k) => k !== '');
  const out = [...keys];
  for (const group of GROUPS) if (keys.some((k) => group.includes(k))) out.push(...group);
  return [...new Set(out)];
}
