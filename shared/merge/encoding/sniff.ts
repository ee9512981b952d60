import { createDecoder, decodeAll, type EncodingName } from './decoders';
import type { SingleByteEncoding } from './single-byte';

export type EncodingSource = 'bom' | 'valid-utf-8' | 'guess' | 'chosen';

export interface EncodingChoice {
  encoding: EncodingName;
  /** Bytes of byte-order mark at the start, skipped before decoding. */
  bomLength: number;
  /** How the encoding was found: a BOM and valid UTF-8 are facts; a guess is not. */
  source: EncodingSource;
  /** A guess: show a preview in each candidate encoding and let the user confirm. */
  needsConfirmation: boolean;
}

const BOMS: Array<{ bytes: number[]; encoding: EncodingName }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

export function bomLength(bytes: Uint8Array, encoding: EncodingName): number {
  const bom = BOMS.find((b) => b.encoding === encoding);
  return bom && bom.bytes.every((v, i) => bytes[i] === v) ? bom.bytes.length : 0;
}

/**
 * Picks the encoding of a file from its first bytes (DATA.md: BOM, else strict UTF-8, else a guess
 * between Windows-1252 and MacRoman). `complete` says the sample is the whole file; otherwise it may
 * end inside a character, which is not an error.
 */
export function sniffEncoding(sample: Uint8Array, complete: boolean): EncodingChoice {
  for (const bom of BOMS) {
    if (bom.bytes.every((v, i) => sample[i] === v)) {
      return { encoding: bom.encoding, bomLength: bom.bytes.length, source: 'bom', needsConfirmation: false };
    }
  }
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, source: 'guess', needsConfirmation: true };
  const utf8 = createDecoder('utf-8');
  utf8.write(sample);
  if (complete) utf8.end();
  if (utf8.replaced === 0) return { encoding: 'utf-8', bomLength: 0, source: 'valid-utf-8', needsConfirmation: false };
  return { encoding: guessSingleByte(sample), bomLength: 0, source: 'guess', needsConfirmation: true };
}

/** Text of mostly ASCII in UTF-16 has a zero in every other byte; no single-byte CSV does. */
function utf16WithoutBom(sample: Uint8Array): EncodingName | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Accented letters that Western European names and addresses actually use. */
const COMMON_LETTERS = new Set('àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ');
/** Punctuation and signs that turn up in order text. */
const COMMON_SIGNS = new Set('‘’“”–—…€£¥¢°§©®™•«»·\u00A0¡¿');
const LETTER = /[\p{Lu}\p{Ll}]/u;

/**
 * Decodes the sample both ways and keeps the reading that looks like text: common accented letters
 * next to letters score, controls and mathematical signs in the middle of words cost. A lone CR as line
 * end is a strong hint of old Excel for Mac.
 */
function guessSingleByte(sample: Uint8Array): SingleByteEncoding {
  const windows = plausibility(decodeAll(sample, 'windows-1252').text);
  let mac = plausibility(decodeAll(sample, 'macintosh').text);
  if (endsLinesWithLoneCr(sample)) mac += 5;
  return mac > windows ? 'macintosh' : 'windows-1252';
}

function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    const nextToLetter = LETTER.test(text[i - 1] ?? '') || LETTER.test(text[i + 1] ?? '');
    if (COMMON_LETTERS.has(c)) score += nextToLetter ? 3 : 1;
    else if (LETTER.test(c)) score += nextToLetter ? 1 : 0;
    else if (COMMON_SIGNS.has(c)) score += 1;
    else if (c.charCodeAt(0) <= 0x9f) score -= 5;
    else score -= 2;
  }
  return score;
}

function endsLinesWithLoneCr(sample: Uint8Array): boolean {
  let lone = 0;
  let lf = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0x0a) lf++;
    else if (sample[i] === 0x0d && sample[i + 1] !== 0x0a) lone++;
  }
  return lone > 0 && lf === 0;
}
