/** Strings as PDF bytes. shared/ has no TextEncoder (lib ES2023), and PDF syntax is bytes anyway. */

/** Latin-1 bytes of a string made of PDF syntax (ASCII), e.g. a content stream. */
export function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase());

export function hex(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]!]!;
  return s;
}

/** A code unit or code as 4 hex digits (UTF-16BE in ToUnicode and ActualText, CIDs in TJ). */
export function hex4(value: number): string {
  return HEX[value >> 8]! + HEX[value & 0xff]!;
}

/** UTF-16BE hex of a JavaScript string (its UTF-16 code units, surrogate pairs included). */
export function utf16Hex(text: string): string {
  let s = '';
  for (let i = 0; i < text.length; i++) s += hex4(text.charCodeAt(i));
  return s;
}

/** UTF-8 bytes (XMP metadata is XML in UTF-8). */
export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const c = char.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}
