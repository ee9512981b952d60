import type { Field, TextObject } from '../model';
import type { RenderWarning } from '../render/design-display-list';
import { tokenFiller, type FieldValues } from '../render/fields';
import { applyTextCase, textInput } from '../render/text-frame';
import { layoutText, type FontLibrary } from '../text';
import type { RecordPlace } from './field-checks';
import { quoted, type PreflightCode, type PreflightFinding, type PreflightSeverity } from './findings';

/** Below this no size is worth suggesting: text that needs it does not fit at all. */
const SMALLEST_SUGGESTED_SIZE = 1;

/** A text object as preflight names it: by its one field when it has one (“Name on label”), else by the object. */
export class CheckedText {
  readonly field: string | null;
  readonly subject: string;
  private readonly fill: (values: FieldValues) => string;

  constructor(
    readonly object: TextObject,
    fields: readonly Field[],
  ) {
    this.fill = tokenFiller(object.text);
    const named = fieldsNamedIn(object.text);
    const field = named.length === 1 ? fields.find((f) => f.name === named[0]) : undefined;
    this.field = field?.name ?? null;
    this.subject = field ? `“${field.label || field.name}”` : `text “${object.name}”`;
  }

  /** The string as laid out for print: tokens filled, then the frame's text case (as DesignRenderer does). */
  text(values: FieldValues): string {
    return applyTextCase(this.fill(values), this.object.textCase);
  }
}

/** Field names a text's tokens name, found by the one token implementation (shared/render/fields). */
function fieldsNamedIn(text: string): string[] {
  const names = new Set<string>();
  const recorder = new (class extends Map<string, string> {
    override get(name: string): string | undefined {
      names.add(name);
      return undefined;
    }
  })();
  tokenFiller(text)(recorder);
  return [...names];
}

const SEVERITY: Record<RenderWarning['code'], PreflightSeverity> = {
  overflow: 'error',
  'missing-glyphs': 'error',
  'fallback-font': 'warning',
  'unavailable-font': 'error',
  'missing-image': 'error',
  'invalid-barcode': 'error',
};

/**
 * A render warning of print's own pipeline as a finding. Overflow is worked out further through the text
 * layout (the size the text would need), since “too long” alone does not say whether to shorten or shrink.
 */
export function renderFinding(warning: RenderWarning, text: CheckedText | undefined, values: FieldValues, library: FontLibrary, place: RecordPlace): PreflightFinding {
  const at = { record: place.record, row: place.row, field: text?.field ?? null, objectId: warning.objectId };
  if (warning.code === 'overflow' && text) return { ...at, ...overflow(text, text.text(values), library, place.label) };
  return { ...at, severity: SEVERITY[warning.code], code: warning.code, message: `${place.label}: ${warning.message}` };
}

function overflow(checked: CheckedText, text: string, library: FontLibrary, where: string): { severity: PreflightSeverity; code: PreflightCode; message: string } {
  const t = checked.object;
  const subject = `${where}: ${checked.subject} ${quoted(text)}`;
  const needed = layoutText(library, text, { ...textInput(t).frame, fit: 'shrink', minSize: SMALLEST_SUGGESTED_SIZE });
  const size = needed.overflow ? null : Math.floor(needed.size * 10) / 10;
  if (t.fit === 'shrink' && size !== null) {
    return { severity: 'error', code: 'below-min-size', message: `${subject} would have to shrink to ${size} pt to fit; the smallest size allowed is ${t.minFontSize} pt` };
  }
  const why = size === null ? 'at any size' : `at ${t.fontSize} pt; it would at ${size} pt`;
  return { severity: 'error', code: 'overflow', message: `${subject} does not fit its frame ${why}` };
}
