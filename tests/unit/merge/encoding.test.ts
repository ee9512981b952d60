import { describe, expect, it } from 'vitest';
import { decodeEntities, repairDoubleEncoding } from '../../../shared/merge';
import { createDecoder, decodeAll, type EncodingName } from '../../../shared/merge/encoding/decoders';
import { sniffEncoding } from '../../../shared/merge/encoding/sniff';

function decodeInChunks(bytes: Uint8Array, encoding: EncodingName, chunk: number): string {
  const decoder = createDecoder(encoding);
  let text = '';
  for (let i = 0; i < bytes.length; i += chunk) text += decoder.write(bytes.subarray(i, i + chunk));
  return text + decoder.end();
}

describe('decoders', () => {
  const text = 'Zoë 桂木 🎉 “q” €';

  it('UTF-8 and UTF-16 decode the same however the bytes are cut', () => {
    const utf8 = new TextEncoder().encode(text);
    const utf16le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const utf16be = new Uint8Array(Buffer.from(text, 'utf16le').swap16());
    for (let chunk = 1; chunk <= 7; chunk++) {
      expect(decodeInChunks(utf8, 'utf-8', chunk)).toBe(text);
      expect(decodeInChunks(utf16le, 'utf-16le', chunk)).toBe(text);
      expect(decodeInChunks(utf16be, 'utf-16be', chunk)).toBe(text);
    }
  });

  it('UTF-8 replaces invalid input as WHATWG does and counts it', () => {
    const cases: Array<[number[], string]> = [
      [[0x41, 0xff, 0x42], 'A\uFFFDB'],
      [[0xc0, 0x80], '\uFFFD\uFFFD'], // overlong
      [[0xed, 0xa0, 0x80], '\uFFFD\uFFFD\uFFFD'], // a surrogate
      [[0xe2, 0x82], '\uFFFD'], // cut short at the end
      [[0xe2, 0x41], '\uFFFDA'],
    ];
    for (const [bytes, expected] of cases) {
      const out = decodeAll(Uint8Array.from(bytes), 'utf-8');
      expect(out.text).toBe(expected);
      expect(out.text).toBe(new TextDecoder().decode(Uint8Array.from(bytes)));
      expect(out.replaced).toBeGreaterThan(0);
    }
  });

  it('UTF-16 replaces lone surrogates and an odd last byte', () => {
    expect(decodeAll(Uint8Array.from([0x00, 0xd8, 0x41, 0x00]), 'utf-16le')).toEqual({ text: '\uFFFDA', replaced: 1 });
    expect(decodeAll(Uint8Array.from([0x41, 0x00, 0x42]), 'utf-16le')).toEqual({ text: 'A\uFFFD', replaced: 1 });
  });

  it('Windows-1252 follows the WHATWG index (Node’s own decoder may lack it: small ICU builds read Latin-1)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const high = [
      0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
      0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
    ];
    const expected = [...all].map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80]! : b));
    expect(decodeAll(all, 'windows-1252').text).toBe(String.fromCharCode(...expected));
    expect(decodeAll(Uint8Array.from([0x8e, 0x9f, 0xdb, 0xf0]), 'macintosh').text).toBe('éü€\uF8FF');
  });
});

describe('encoding sniffing', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);

  it('trusts a BOM, then valid UTF-8, and calls anything else a guess', () => {
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x41), true)).toEqual({ encoding: 'utf-8', bomLength: 3, source: 'bom', needsConfirmation: false });
    expect(sniffEncoding(bytes(0xfe, 0xff, 0, 0x41), true)).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
    expect(sniffEncoding(bytes(0x41, 0xc3, 0xa9), true)).toMatchObject({ encoding: 'utf-8', source: 'valid-utf-8' });
    expect(sniffEncoding(bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72), true)).toMatchObject({ encoding: 'windows-1252', needsConfirmation: true });
  });

  it('a sample cut inside a UTF-8 character is still UTF-8', () => {
    expect(sniffEncoding(bytes(0x41, 0xe2, 0x82), false).encoding).toBe('utf-8');
    expect(sniffEncoding(bytes(0x41, 0xe2, 0x82), true).encoding).not.toBe('utf-8');
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const le = new Uint8Array(Buffer.from('name,city\r\nAnn,Oslo\r\n', 'utf16le'));
    expect(sniffEncoding(le, true)).toMatchObject({ encoding: 'utf-16le', source: 'guess', needsConfirmation: true });
  });
});

describe('double-encoding repair', () => {
  it('repairs 2-, 3- and 4-byte sequences read as Latin-1, and leaves real Latin-1 text alone', () => {
    // The Windows-1252 reading (â€™ for ’) is covered by the double-encoded.csv fixture.
    const damage = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    for (const s of ['José', 'Café’s €5', 'Ola 🎉', 'naïve façade']) expect(repairDoubleEncoding(damage(s))).toEqual({ text: s, repairs: expect.any(Number) });
    expect(repairDoubleEncoding('Ångström à la carte')).toEqual({ text: 'Ångström à la carte', repairs: 0 });
    expect(repairDoubleEncoding('Ã only')).toEqual({ text: 'Ã only', repairs: 0 });
  });
});

describe('HTML entities', () => {
  it('decodes named, numeric and twice-escaped references, leaving unknown ones', () => {
    expect(decodeEntities('Ann&#39;s &amp; Bo&#x2019;s &eacute;t&eacute; &amp;#39; &bogus; &#0;')).toBe('Ann\'s & Bo’s été \' &bogus; &#0;');
  });
});
