import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { num } from '../../../shared/pdf/content-stream';

/** What num() wrote before it formatted integers itself: its output must not change a byte of any PDF. */
const reference = (n: number) => {
  const r = Math.round(n * 1000) / 1000;
  return r === 0 ? '0' : String(r);
};

describe('num: coordinates to 1/1000 pt', () => {
  it('writes exactly what String() of the rounded value writes', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (n) => num(n) === reference(n)),
      { numRuns: 20_000 },
    );
    for (let k = -3000; k <= 3000; k++) {
      for (const n of [k / 1000, k / 1000 + 0.0004999, k / 1000 - 0.0005]) expect(num(n), String(n)).toBe(reference(n));
    }
  });

  it('drops trailing zeros and never writes -0', () => {
    expect([0.1, 2.5, -0.05, 12.345, 1.0004, -0.0004, 1e6].map(num)).toEqual(['0.1', '2.5', '-0.05', '12.345', '1', '0', '1000000']);
  });
});
