import type { Design, DesignObject } from '../../shared/model';
import { fieldValues, tokenFiller } from '../../shared/render/fields';

const filled = new WeakMap<Design, Design>();

/**
 * The design as the canvas shows it with sample values: the same records, except that text records
 * with tokens carry the filled-in text. Layout stays the text engine's job, on this design like any
 * other. Memoised per design, so records that did not change keep their identity and are not repainted.
 */
export function withSampleValues(design: Design): Design {
  const cached = filled.get(design);
  if (cached) return cached;
  const values = fieldValues(design.fields);
  let changed = false;
  const objects = design.objects.map((o): DesignObject => {
    if (o.type !== 'text') return o;
    const text = tokenFiller(o.text)(values);
    if (text === o.text) return o;
    changed = true;
    return { ...o, text };
  });
  const result = changed ? { ...design, objects } : design;
  filled.set(design, result);
  return result;
}
