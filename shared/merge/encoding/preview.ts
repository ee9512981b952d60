import { decodeAll, type EncodingName } from './decoders';
import { bomLength } from './sniff';

export interface EncodingPreview {
  encoding: EncodingName;
  /** The first lines as this encoding reads them. */
  lines: string[];
  /** Bytes this encoding cannot read (always 0 for the single-byte ones). */
  invalid: number;
}

const CANDIDATES: readonly EncodingName[] = ['utf-8', 'windows-1252', 'macintosh'];

/**
 * The start of a file read in each encoding a guess chooses between, for the user to pick the one
 * where names look right (DATA.md: "offer Windows-1252/MacRoman with a preview").
 */
export function previewEncodings(sample: Uint8Array, lineCount = 5): EncodingPreview[] {
  return CANDIDATES.map((encoding) => {
    const { text, replaced } = decodeAll(sample.subarray(bomLength(sample, encoding)), encoding);
    return { encoding, lines: text.split(/\r\n|\r|\n/).slice(0, lineCount), invalid: replaced };
  });
}
