import { decodeAll } from './decoders';
import { singleByteTable, windows1252Byte } from './single-byte';

/**
 * UTF-8 text that was read as Windows-1252 (or Latin-1) and saved again as UTF-8 shows `Ã©` for `é`
 * (DATA.md: damage after a spreadsheet round trip). The file itself is valid UTF-8, so only the text
 * tells. Each run of characters that Windows-1252 can encode is turned back into bytes; every complete
 * UTF-8 sequence among them is decoded, everything else is left alone, so text that was never damaged
 * comes through unchanged.
 */
export function repairDoubleEncoding(text: string): { text: string; repairs: number } {
  // Every double-encoded character starts with a lead byte 0xC2–0xF4 read as Â…ô.
  if (!/[\u00C2-\u00F4]/.test(text)) return { text, repairs: 0 };
  let repairs = 0;
  const repaired = text.replace(encodableRun(), (run) => {
    const fixed = repairRun(run);
    repairs += fixed.repairs;
    return fixed.text;
  });
  return { text: repaired, repairs };
}

let runPattern: RegExp | undefined;

/** Two or more characters in a row that have a Windows-1252 byte at 0x80 or above. */
function encodableRun(): RegExp {
  if (!runPattern) {
    const table = singleByteTable('windows-1252');
    let chars = '\\u0080-\\u00FF';
    for (let b = 0x80; b < 0xa0; b++) chars += `\\u${table[b]!.toString(16).padStart(4, '0')}`;
    runPattern = new RegExp(`[${chars}]{2,}`, 'g');
  }
  runPattern.lastIndex = 0;
  return runPattern;
}

function repairRun(run: string): { text: string; repairs: number } {
  const bytes = Uint8Array.from(run, (c) => windows1252Byte(c.charCodeAt(0)));
  let out = '';
  let repairs = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes[i]!);
    if (length > 0 && i + length <= bytes.length) {
      const decoded = decodeAll(bytes.subarray(i, i + length), 'utf-8');
      if (decoded.replaced === 0) {
        out += decoded.text;
        repairs++;
        i += length;
        continue;
      }
    }
    out += run[i];
    i++;
  }
  return { text: out, repairs };
}

/** The length of the UTF-8 sequence a lead byte starts, or 0 for a byte that starts none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
