import { ascii } from './bytes';

/**
 * A 128-bit non-cryptographic hash (four FNV-1a lanes with different seeds) for the trailer's /ID and the
 * six-letter subset tags: deterministic, so the same input gives the same PDF, and cheap enough to run over
 * every byte written.
 */
export class Hash128 {
  private lanes = new Uint32Array([0x811c9dc5, 0x050c5d1f, 0x6b43a9b5, 0x2f2a51d3]);

  update(data: Uint8Array | string): this {
    const bytes = typeof data === 'string' ? ascii(data) : data;
    let [a, b, c, d] = this.lanes as unknown as [number, number, number, number];
    for (let i = 0; i < bytes.length; i++) {
      const x = bytes[i]!;
      a = Math.imul(a ^ x, 0x01000193);
      b = Math.imul(b ^ x, 0x01000197);
      c = Math.imul(c ^ x, 0x0100019b);
      d = Math.imul(d ^ x, 0x010001a3);
    }
    this.lanes.set([a, b, c, d]);
    return this;
  }

  digest(): Uint8Array {
    return new Uint8Array(this.lanes.slice().buffer);
  }
}
