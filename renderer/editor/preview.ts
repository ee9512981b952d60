import type { Design, DesignObject } from '../../shared/model';
import { fieldValues, tokenFiller, type FieldValues } from '../../shared/render/fields';

const filled = new WeakMap<Design, Design>();

/**
 * The design as the canvas shows it with sample values: the same records, except that text and barcode records
 * with tokens carry the filled-in values. Layout stays the text engine's job, on this design like any
 * other. Memoised per design, so records that did not change keep their identity and are not repainted.
 */
export function withSampleValues(design: Design): Design {
  const cached = filled.get(design);
  if (cached) return cached;
  const result = withValues(design, fieldValues(design.fields));
  filled.set(design, result);
  return result;
}

let lastRecord: { design: Design; record: Readonly<Record<string, string>>; result: Design } | null = null;

/** The same with one record's values (the records panel's preview); the last answer is remembered. */
export function withRecordValues(design: Design, record: Readonly<Record<string, string>>): Design {
  if (lastRecord?.design === design && lastRecord.record === record) return lastRecord.result;
  const result = withValues(design, fieldValues(design.fields, record));
  lastRecord = { design, record, result };
  return result;
}

function withValues(design: Design, values: FieldValues): Design {
  let changed = false;
  const objects = design.objects.map((o): DesignObject => {
    if (o.type === 'barcode') {
      const content = tokenFiller(o.content)(values);
      if (content === o.content) return o;
      changed = true;
      return { ...o, content };
    }
    if (o.type !== 'text') return o;
    const text = tokenFiller(o.text)(values);
    if (text === o.text) return o;
    changed = true;
    return { ...o, text };
  });
  return changed ? { ...design, objects } : design;
}
