import { createReadStream } from 'node:fs';
import type { EncodingName } from '../../shared/merge';
import { decodeAll } from '../../shared/merge/encoding/decoders';
import type { EncodingCandidate } from '../../shared/ipc/features/data.contract';

/** The readings a guessed byte-oriented file is offered in (DATA.md: UTF-8, else Windows-1252 or MacRoman). */
const BYTE_ENCODINGS: readonly EncodingName[] = ['windows-1252', 'macintosh', 'utf-8'];
const UTF16: readonly EncodingName[] = ['utf-16le', 'utf-16be'];
const WORDS = 6;
/** A word is cut after this many bytes, at an ASCII byte so no character is split. */
const WORD_BYTES = 32;
const CHUNK_BYTES = 256 * 1024;
const UTF16_PREVIEW_CHARS = 60;

/**
 * A few words of the file that hold non-ASCII bytes, in each encoding the user may choose between, the one
 * in use first: “Zoë” next to “ZoÃ«” says more than a whole line. Words that are not valid UTF-8 come
 * first, since they decide the question; the file is read until enough of them are found, so bytes deep
 * in a large file that made UTF-8 fail are found too.
 */
export async function encodingChoices(path: string, used: EncodingName): Promise<EncodingCandidate[]> {
  if (UTF16.includes(used)) return utf16Choices(path, used);
  const words = await highByteWords(path);
  const encodings = [used, ...BYTE_ENCODINGS.filter((e) => e !== used)];
  return encodings.map((encoding) => {
    let invalid = 0;
    const samples = words.map((word) => {
      const decoded = decodeAll(word, encoding);
      invalid += decoded.replaced;
      return decoded.text;
    });
    return { encoding, samples, invalid };
  });
}

/** UTF-16 without a byte-order mark: the two byte orders, each as the start of the text it reads. */
async function utf16Choices(path: string, used: EncodingName): Promise<EncodingCandidate[]> {
  const head = await firstBytes(path, UTF16_PREVIEW_CHARS * 2);
  return [used, ...UTF16.filter((e) => e !== used)].map((encoding) => {
    const decoded = decodeAll(head, encoding);
    return { encoding, samples: [decoded.text.split(/\r\n|\r|\n/)[0] ?? ''], invalid: decoded.replaced };
  });
}

async function firstBytes(path: string, count: number): Promise<Uint8Array> {
  for await (const chunk of createReadStream(path, { start: 0, end: count - 1 })) return chunk as Buffer;
  return new Uint8Array(0);
}

async function highByteWords(path: string): Promise<Uint8Array[]> {
  const found = new WordCollector();
  let tail = new Uint8Array(0);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    const bytes = concat(tail, chunk as Buffer);
    // A word may continue in the next chunk: keep what follows the last separator for then.
    let cut = bytes.length;
    while (cut > 0 && !isSeparator(bytes[cut - 1]!)) cut--;
    if (cut === 0 || bytes.length - cut > CHUNK_BYTES) cut = bytes.length;
    found.scan(bytes.subarray(0, cut));
    tail = bytes.slice(cut);
    if (found.enoughInvalid) break;
  }
  found.scan(tail);
  return found.words();
}

/** Controls, space, the quote and every delimiter the importer sniffs end a word. */
function isSeparator(b: number): boolean {
  return b <= 0x20 || b === 0x22 || b === 0x2c || b === 0x3b || b === 0x7c;
}

class WordCollector {
  private readonly seen = new Set<string>();
  private readonly invalid: Uint8Array[] = [];
  private readonly valid: Uint8Array[] = [];

  get enoughInvalid(): boolean {
    return this.invalid.length >= WORDS;
  }

  scan(bytes: Uint8Array): void {
    // Bytes between the last word and the next high byte are ASCII, so a word never starts mid-character.
    let floor = 0;
    for (let i = 0; i < bytes.length && !this.enoughInvalid; i++) {
      if (bytes[i]! < 0x80) continue;
      let start = i;
      while (start > floor && !isSeparator(bytes[start - 1]!) && i - start < WORD_BYTES / 2) start--;
      let end = i + 1;
      while (end < bytes.length && !isSeparator(bytes[end]!) && (end - start < WORD_BYTES || bytes[end]! >= 0x80)) end++;
      this.add(bytes.slice(start, end));
      i = floor = end;
    }
  }

  words(): Uint8Array[] {
    return [...this.invalid, ...this.valid].slice(0, WORDS);
  }

  private add(word: Uint8Array): void {
    const key = Buffer.from(word).toString('latin1');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const list = decodeAll(word, 'utf-8').replaced > 0 ? this.invalid : this.valid;
    if (list.length < WORDS) list.push(word);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
