import { USER_FONT_PREFIX, SYSTEM_FONT_PREFIX } from '../../../shared/ipc/features/fonts.contract';
import type { FontId } from '../../../shared/text';
import type { FaceSummary } from './font-faces';

/**
 * An imported font is named by its content (the SHA-256 of the file as stored), so the same font imported
 * on two machines has one id, and a face of a collection adds its index: `user:0123456789abcdef#2`.
 */
export function userFontId(sha256: string, faceIndex: number): FontId {
  return `${USER_FONT_PREFIX}${sha256.slice(0, 16)}${faceIndex ? `#${faceIndex}` : ''}`;
}

/** PostScript names are printable ASCII without spaces, at most 63 characters (OpenType `name` id 6). */
const POSTSCRIPT_NAME = /^[\x21-\x7e]{1,63}$/;

/**
 * An installed font is named by its PostScript name (e.g. `system:ArialMT`), which names the same face
 * wherever it is installed, so a design opened on another computer with that font finds it; a face with
 * no usable PostScript name by its family and style.
 */
export function systemFontId(face: FaceSummary): FontId {
  const name = POSTSCRIPT_NAME.test(face.postScriptName) ? face.postScriptName : `${face.family}-${face.style}`.replace(/\s+/g, '').slice(0, 120);
  return SYSTEM_FONT_PREFIX + name;
}
