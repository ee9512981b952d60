import { singleByteTable, type SingleByteEncoding } from './single-byte';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | SingleByteEncoding;

/**
 * Bytes → text, chunk by chunk: a character split between two chunks waits for the next one. Invalid
 * input becomes U+FFFD and is counted, never thrown, so the importer can say where and offer another
 * encoding. Written by hand because shared/ has no TextDecoder type and needs the count.
 */
export interface StreamDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
  /** Invalid sequences replaced by U+FFFD so far. */
  readonly replaced: number;
}

const REPLACEMENT = 0xfffd;

/** A reusable buffer of UTF-16 code units turned into a string in slices (apply has an argument limit). */
class Units {
  private buf = new Uint16Array(0);
  length = 0;

  reset(capacity: number): void {
    if (this.buf.length < capacity) this.buf = new Uint16Array(capacity);
    this.length = 0;
  }

  push(unit: number): void {
    this.buf[this.length++] = unit;
  }

  pushCodePoint(cp: number): void {
    if (cp < 0x10000) {
      this.buf[this.length++] = cp;
    } else {
      const v = cp - 0x10000;
      this.buf[this.length++] = 0xd800 | (v >> 10);
      this.buf[this.length++] = 0xdc00 | (v & 0x3ff);
    }
  }

  toString(): string {
    let s = '';
    for (let i = 0; i < this.length; i += 8192) {
      const slice = this.buf.subarray(i, Math.min(this.length, i + 8192));
      s += String.fromCharCode.apply(null, slice as unknown as number[]);
    }
    return s;
  }
}

/** WHATWG's UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD. */
class Utf8Decoder implements StreamDecoder {
  replaced = 0;
  private needed = 0;
  private seen = 0;
  private cp = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private readonly out = new Units();

  write(bytes: Uint8Array): string {
    // Up to three bytes wait from the last chunk; they can yield at most one unit each.
    this.out.reset(bytes.length + 4);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.needed === 0) {
        this.lead(b);
      } else if (b < this.lower || b > this.upper) {
        this.invalid();
        i--; // the byte may start the next character
      } else {
        this.lower = 0x80;
        this.upper = 0xbf;
        this.cp = (this.cp << 6) | (b & 0x3f);
        if (++this.seen === this.needed) {
          this.out.pushCodePoint(this.cp);
          this.needed = 0;
          this.seen = 0;
        }
      }
    }
    return this.out.toString();
  }

  end(): string {
    this.out.reset(1);
    if (this.needed !== 0) this.invalid();
    return this.out.toString();
  }

  private lead(b: number): void {
    if (b < 0x80) {
      this.out.push(b);
    } else if (b >= 0xc2 && b <= 0xdf) {
      this.needed = 1;
      this.cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (b === 0xe0) this.lower = 0xa0; // overlong
      if (b === 0xed) this.upper = 0x9f; // surrogates
      this.needed = 2;
      this.cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (b === 0xf0) this.lower = 0x90; // overlong
      if (b === 0xf4) this.upper = 0x8f; // above U+10FFFF
      this.needed = 3;
      this.cp = b & 0x07;
    } else {
      this.replaced++;
      this.out.push(REPLACEMENT);
    }
  }

  private invalid(): void {
    this.needed = 0;
    this.seen = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
    this.replaced++;
    this.out.push(REPLACEMENT);
  }
}

/** UTF-16 in either byte order; a lone surrogate becomes U+FFFD so later stages only see valid text. */
class Utf16Decoder implements StreamDecoder {
  replaced = 0;
  private pendingByte = -1;
  private pendingHigh = -1;
  private readonly out = new Units();

  constructor(private readonly littleEndian: boolean) {}

  write(bytes: Uint8Array): string {
    this.out.reset((bytes.length >> 1) + 3);
    let i = 0;
    if (this.pendingByte >= 0 && bytes.length > 0) {
      this.unit(this.pair(this.pendingByte, bytes[0]!));
      this.pendingByte = -1;
      i = 1;
    }
    for (; i + 1 < bytes.length; i += 2) this.unit(this.pair(bytes[i]!, bytes[i + 1]!));
    if (i < bytes.length) this.pendingByte = bytes[i]!;
    return this.out.toString();
  }

  end(): string {
    this.out.reset(2);
    if (this.pendingHigh >= 0 || this.pendingByte >= 0) {
      this.replaced++;
      this.out.push(REPLACEMENT);
    }
    this.pendingHigh = -1;
    this.pendingByte = -1;
    return this.out.toString();
  }

  private pair(first: number, second: number): number {
    return this.littleEndian ? first | (second << 8) : (first << 8) | second;
  }

  private unit(u: number): void {
    const isHigh = u >= 0xd800 && u <= 0xdbff;
    const isLow = u >= 0xdc00 && u <= 0xdfff;
    if (this.pendingHigh >= 0) {
      if (isLow) {
        this.out.push(this.pendingHigh);
        this.out.push(u);
        this.pendingHigh = -1;
        return;
      }
      this.replaced++;
      this.out.push(REPLACEMENT);
      this.pendingHigh = -1;
    }
    if (isHigh) {
      this.pendingHigh = u;
    } else if (isLow) {
      this.replaced++;
      this.out.push(REPLACEMENT);
    } else {
      this.out.push(u);
    }
  }
}

/** Every byte is a character, so nothing is ever invalid. */
class SingleByteDecoder implements StreamDecoder {
  readonly replaced = 0;
  private readonly table: Uint16Array;
  private readonly out = new Units();

  constructor(encoding: SingleByteEncoding) {
    this.table = singleByteTable(encoding);
  }

  write(bytes: Uint8Array): string {
    this.out.reset(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.out.push(this.table[bytes[i]!]!);
    return this.out.toString();
  }

  end(): string {
    return '';
  }
}

export function createDecoder(encoding: EncodingName): StreamDecoder {
  switch (encoding) {
    case 'utf-8':
      return new Utf8Decoder();
    case 'utf-16le':
      return new Utf16Decoder(true);
    case 'utf-16be':
      return new Utf16Decoder(false);
    default:
      return new SingleByteDecoder(encoding);
  }
}

/** Decodes a whole buffer at once. */
export function decodeAll(bytes: Uint8Array, encoding: EncodingName): { text: string; replaced: number } {
  const decoder = createDecoder(encoding);
  const text = decoder.write(bytes) + decoder.end();
  return { text, replaced: decoder.replaced };
}
