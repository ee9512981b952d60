import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Color } from '../../../shared/model/color';
import { circlePath, label, OUT, pdf, readPlate, rectPath, save } from './support';

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
  const prefix = join(OUT, 'plates');
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=tiffsep', `-r${DPI}`, '-sCompression=none', `-o`, `${prefix}%d.tif`, path]);
  const plate = (name: string) => readPlate(`${prefix}1(${name}).tif`);

  it('puts the die line on its own CutContour plate, inked only along the die path', () => {
    expect(existsSync(`${prefix}1(CutContour).tif`)).toBe(true);
    const cut = plate('CutContour');
    const cx = (bleed + centre.x) * PX;
    const cy = (bleed + centre.y) * PX;
    let inked = 0;
    for (let y = 0; y < cut.height; y++) {
      for (let x = 0; x < cut.width; x++) {
        if (cut.ink(x, y) === 0) continue;
        inked++;
        // Within the 1 pt stroke (half width each side) plus a pixel of rasterization.
        expect(Math.abs(Math.hypot(x + 0.5 - cx, y + 0.5 - cy) - radius * PX)).toBeLessThanOrEqual(0.5 * PX + 1.5);
      }
    }
    expect(inked).toBeGreaterThan(2 * Math.PI * radius * PX * 0.9);
    for (let a = 0; a < 360; a += 5) {
      const x = Math.floor(cx + radius * PX * Math.cos((a * Math.PI) / 180));
      const y = Math.floor(cy + radius * PX * Math.sin((a * Math.PI) / 180));
      const near = [-1, 0, 1].some((dx) => [-1, 0, 1].some((dy) => cut.ink(x + dx, y + dy) > 0));
      expect(near, `ink at ${a}°`).toBe(true);
    }
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
