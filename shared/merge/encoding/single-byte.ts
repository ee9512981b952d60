/**
 * The two single-byte code pages spreadsheets still write (DATA.md): Excel "CSV" on Windows writes
 * Windows-1252, old Excel for Mac writes MacRoman. TextDecoder cannot be relied on for MacRoman, and
 * shared/ has no DOM types, so both tables live here. Bytes below 0x80 are ASCII in both.
 */
export type SingleByteEncoding = 'windows-1252' | 'macintosh';

/**
 * Bytes 0x80–0x9F; 0xA0–0xFF equal Latin-1. The five bytes Windows leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map to the C1 control of the same number, as WHATWG does, so every byte decodes and
 * double-encoded text that went through them can still be turned back into bytes.
 */
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Bytes 0x80–0xFF (Apple's table, with the euro at 0xDB and the Apple logo, a private-use character, at 0xF0). */
const MACINTOSH_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function tableOf(high: string, firstHigh: number): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b < firstHigh ? b : high.charCodeAt(b - firstHigh);
  return table;
}

const TABLES: Record<SingleByteEncoding, Uint16Array> = {
  'windows-1252': tableOf(WINDOWS_1252_HIGH + latin1From(0xa0), 0x80),
  macintosh: tableOf(MACINTOSH_HIGH, 0x80),
};

function latin1From(first: number): string {
  let s = '';
  for (let c = first; c <= 0xff; c++) s += String.fromCharCode(c);
  return s;
}

/** The character each byte stands for. */
export function singleByteTable(encoding: SingleByteEncoding): Uint16Array {
  return TABLES[encoding];
}

let windows1252Bytes: Map<number, number> | undefined;

/**
 * The Windows-1252 byte for a character, or -1. Latin-1 controls U+0080–U+009F count as their own byte
 * too, because text double-encoded through Latin-1 rather than Windows-1252 holds them.
 */
export function windows1252Byte(code: number): number {
  if (code < 0x80) return code;
  if (!windows1252Bytes) {
    windows1252Bytes = new Map();
    const table = TABLES['windows-1252'];
    for (let b = 0x80; b < 0x100; b++) windows1252Bytes.set(table[b]!, b);
  }
  const byte = windows1252Bytes.get(code);
  if (byte !== undefined) return byte;
  return code >= 0x80 && code <= 0x9f ? code : -1;
}
