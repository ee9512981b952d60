import { err, ok, type Result } from '../../result';

/** One thing the buyer chose or typed on an Amazon Custom item. */
export interface AmazonArea {
  label: string;
  /** The text typed, or the option picked. */
  value: string;
  fontFamily: string;
  /** The colour chosen, as Amazon writes it (usually `#RRGGBB`). */
  fill: string;
}

export interface AmazonCustomization {
  /** Amazon's own id when the JSON carries one; main falls back to the file name. */
  orderItemId: string | null;
  areas: AmazonArea[];
}

export interface CustomizationError {
  code: 'bad-customization';
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Reads the JSON inside an Amazon Custom zip: `version3.0.customizationInfo.surfaces[].areas[]`
 * (DATA.md). Text areas give their text, option areas their chosen value. Two areas with one label (on
 * two surfaces) are told apart by the surface name.
 */
export function parseAmazonCustomization(json: string): Result<AmazonCustomization, CustomizationError> {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return err({ code: 'bad-customization', message: `the customization file is not valid JSON (${(e as Error).message})` });
  }
  const info = isObject(doc) && isObject(doc['version3.0']) ? doc['version3.0']['customizationInfo'] : undefined;
  if (!isObject(info)) {
    return err({ code: 'bad-customization', message: 'the customization file has no version3.0 customizationInfo' });
  }
  const areas: AmazonArea[] = [];
  const labels = new Set<string>();
  for (const surface of list(info['surfaces'])) {
    if (!isObject(surface)) continue;
    for (const area of list(surface['areas'])) {
      if (!isObject(area)) continue;
      const base = text(area['label']) || text(area['name']) || `Area ${areas.length + 1}`;
      const label = labels.has(base) ? `${base} (${text(surface['name']) || areas.length + 1})` : base;
      labels.add(label);
      const value = area['customizationType'] === 'Options' ? text(area['optionValue']) : text(area['text']) || text(area['optionValue']);
      areas.push({ label, value, fontFamily: text(area['fontFamily']), fill: text(area['fill']) });
    }
  }
  const id = isObject(doc) ? text(doc['orderItemId']) : '';
  return ok({ orderItemId: id || null, areas });
}
