import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Color } from '../../../shared/model/color';
import { circlePath, expectInkOnlyOnCircle, label, OUT, pdf, rectPath, save, separate } from './support';

const DPI = 144;
const PX = DPI / 72;

describe('spot plates (Ghostscript tiffsep)', () => {
  const bleed = 9;
  const centre = { x: 90, y: 36 };
  const radius = 30;
  const cyan: Color = { space: 'cmyk', c: 0.5, m: 0, y: 0, k: 0 };
  const gold: Color = { space: 'spot', name: 'Gold', tint: 1, alternate: { space: 'cmyk', c: 0, m: 0.2, y: 0.8, k: 0.1 } };
  const path = save(
    'plates.pdf',
    pdf([
      label(
        [
          { kind: 'path', path: rectPath(-bleed, -bleed, 180 + 2 * bleed, 72 + 2 * bleed), fill: cyan },
          { kind: 'path', path: rectPath(130, 10, 30, 20), fill: gold },
          { kind: 'dieline', role: 'cut', path: circlePath(centre.x, centre.y, radius), strokeWidth: 1 },
        ],
        { width: 180, height: 72 },
        bleed,
      ),
    ]),
  );
  const { plate, names } = separate(path, join(OUT, 'plates'), DPI);

  it('puts the die line on its own CutContour plate, inked only along the die path', () => {
    expect(names).toContain('CutContour');
    expectInkOnlyOnCircle(plate('CutContour'), { x: (bleed + centre.x) * PX, y: (bleed + centre.y) * PX }, radius * PX, PX);
  });

  it('overprints: the cyan under the die line is not knocked out', () => {
    const cyanPlate = plate('Cyan');
    const x = Math.floor((bleed + centre.x + radius) * PX);
    const y = Math.floor((bleed + centre.y) * PX);
    expect(plate('CutContour').ink(x, y)).toBeGreaterThan(0);
    expect(cyanPlate.ink(x, y)).toBeGreaterThan(100);
    expect(cyanPlate.ink(5, 5)).toBe(cyanPlate.ink(x, y));
  });

  it('gives a spot colour its own plate', () => {
    const gold = plate('Gold');
    expect(gold.ink(Math.floor((bleed + 145) * PX), Math.floor((bleed + 20) * PX))).toBeGreaterThan(200);
    expect(gold.ink(5, 5)).toBe(0);
  });
});
