import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../main/cli/cli';
import { expectInkOnlyOnCircle, OUT, separate } from './support';

const DPI = 144;
const PX = DPI / 72;

describe('the candle example’s die line (CLI export, Ghostscript tiffsep)', () => {
  // examples/candle-round-2.5in.namesake: a 180 pt round label with 9 pt bleed, its CutContour circle on the trim, 0.5 pt wide.
  const bleed = 9;
  const radius = 90;
  const centre = { x: (bleed + radius) * PX, y: (bleed + radius) * PX };

  it('exports one label whose CutContour plate is inked only along the die circle, over art it does not knock out', async () => {
    const out = join(OUT, 'candle.pdf');
    const lines: string[] = [];
    const code = await cli(['export', join(process.cwd(), 'examples/candle-round-2.5in.namesake'), '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(code, lines.join('\n')).toBe(0);

    const { plate, names } = separate(out, join(OUT, 'candle'), DPI);
    expect(names).toEqual(expect.arrayContaining(['Cyan', 'Magenta', 'Yellow', 'Black', 'CutContour']));
    expectInkOnlyOnCircle(plate('CutContour'), centre, radius * PX, 0.5 * PX);
    // The cream background runs under the die line on the process plates: the cut line overprints.
    const onLine = { x: Math.floor(centre.x + radius * PX), y: Math.floor(centre.y) };
    expect(plate('CutContour').ink(onLine.x, onLine.y)).toBeGreaterThan(0);
    expect(plate('Yellow').ink(onLine.x, onLine.y)).toBeGreaterThan(0);
    expect(plate('Yellow').ink(onLine.x, onLine.y)).toBe(plate('Yellow').ink(onLine.x - 20, onLine.y));
  });
});
