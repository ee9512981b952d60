import { SYSTEM_FONT_PREFIX, USER_FONT_PREFIX } from '../../shared/ipc/features/fonts.contract';
import type { TextObject } from '../../shared/model';
import type { FontId, TextLayout } from '../../shared/text';

/** What the user is told about one text frame's layout. */
export interface TextReport {
  /** The frame, named by the start of its text. */
  label: string;
  /** It will not print as typed: characters no font has (drawn as empty boxes), text that does not fit, a missing font. */
  warnings: string[];
  /** Worth knowing: fonts other than the frame's own drew some of the text. */
  notes: string[];
}

const LABEL_LENGTH = 24;

/** The frame is flagged on the canvas: what it shows is not what the user asked for. */
export function needsAttention(layout: TextLayout): boolean {
  return layout.missing.length > 0 || layout.overflow || layout.unavailableFonts.length > 0 || layout.pendingFonts.length > 0;
}

/** A design from another computer may name a font this one lacks: say which kind, and what to do. */
function missingFont(id: FontId): string {
  if (id.startsWith(USER_FONT_PREFIX)) return `The imported font “${id}” is not on this computer: import it here, or choose another font`;
  if (id.startsWith(SYSTEM_FONT_PREFIX)) return `The font “${id.slice(SYSTEM_FONT_PREFIX.length)}” is not installed on this computer: install it, or choose another font`;
  return `The font “${id}” is not installed`;
}

const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** `familyOf` names a loaded font for people; `layout` is final (see TextLayouts), so its pending fonts failed to load. */
export function textReport(record: TextObject, layout: TextLayout, familyOf: (id: FontId) => string): TextReport {
  const warnings: string[] = [];
  const missing = [...new Set(layout.missing.map((m) => m.codePoint))];
  if (missing.length) warnings.push(`No font has ${missing.map((cp) => `“${String.fromCodePoint(cp)}” (${codePointName(cp)})`).join(', ')}`);
  if (layout.overflow) warnings.push(record.fit === 'shrink' ? `Does not fit its frame, even at ${+layout.size.toFixed(2)} pt` : 'Does not fit its frame');
  for (const id of layout.unavailableFonts) warnings.push(missingFont(id));
  for (const id of layout.pendingFonts) warnings.push(`The font “${id}” could not be loaded`);
  // A font that is not there at all has been reported above; the fonts standing in for it are no news.
  const notes = layout.fallbackFonts.length && !layout.unavailableFonts.includes(record.font) ? [`${familyOf(record.font)} lacks some characters: drawn with ${layout.fallbackFonts.map(familyOf).join(', ')}`] : [];
  const chars = [...record.text.trim()]; // by code point, so an emoji is never cut in half
  const label = chars.length ? `“${chars.length > LABEL_LENGTH ? `${chars.slice(0, LABEL_LENGTH - 1).join('')}…` : chars.join('')}”` : record.name;
  return { label, warnings, notes };
}
