import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PdfXOptions } from '../../../shared/pdf';
import type { DisplayItem } from '../../../shared/render/display-list';
import { fixture, label, pdf, qpdfCheck, rectPath, save, tool } from './support';

// The profiles the app ships (resources/icc), not the handbook's copy: tests must not need ../shared.
const ICC = resolve(__dirname, '../../../resources/icc');
const pdfx: PdfXOptions = {
  outputProfile: readFileSync(join(ICC, 'coated-fogra39-generic.icc')),
  outputConditionIdentifier: 'FOGRA39',
  outputCondition: 'Coated FOGRA39 (ISO 12647-2:2004)',
  rgbProfile: readFileSync(join(ICC, 'sRGB.icc')),
};
const items: DisplayItem[] = [
  { kind: 'path', path: rectPath(0, 0, 90, 72), fill: { space: 'rgb', r: 0.9, g: 0.2, b: 0.1 } },
  { kind: 'path', path: rectPath(90, 0, 90, 72), fill: { space: 'cmyk', c: 0, m: 0.5, y: 1, k: 0 } },
  { kind: 'image', asset: 'photo', matrix: [60, 0, 0, 40, 10, 10] },
];
const images = () => fixture('logo-rgb.jpg');

describe('PDF/X-4', () => {
  it('is reported by pdfinfo, with XMP metadata, when asked for', () => {
    const path = save('pdfx.pdf', pdf([label(items)], { pdfx, images, marks: 'crop', info: { title: 'Wine label — Ümlaut', createdAt: new Date(Date.UTC(2024, 5, 1)) } }));
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors found');
    const info = tool('pdfinfo', path);
    expect(info).toMatch(/PDF subtype:\s+PDF\/X-4/);
    expect(info).toMatch(/Metadata Stream:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.6/);
    expect(info).toContain('Wine label — Ümlaut');
    const raw = Buffer.from(readFileSync(path)).toString('latin1');
    expect(raw).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>');
    expect(raw).toMatch(/\/Trapped \/False/);
    expect(raw).toMatch(/\/OutputIntents \[\s*<<\s*\/Type \/OutputIntent\s+\/S \/GTS_PDFX\s+\/OutputConditionIdentifier \(FOGRA39\)/);
    expect(raw).toMatch(/\/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]/);
  });

  it('tags RGB colours and images with sRGB instead of device RGB, and leaves CMYK as it is', () => {
    const raw = Buffer.from(pdf([label(items)], { pdfx, images, compress: false })).toString('latin1');
    expect(raw).toMatch(/\/CSsRGB cs 0\.9 0\.2 0\.1 sc/);
    expect(raw).not.toMatch(/ rg\n/);
    expect(raw).not.toContain('/DeviceRGB');
    expect(raw).toContain('0 0.5 1 0 k');
    expect(raw).toMatch(/\[\s*\/ICCBased \d+ 0 R\s*\]/);
  });

  it('is not claimed without the option', () => {
    const path = save('not-pdfx.pdf', pdf([label(items)], { images }));
    expect(tool('pdfinfo', path)).not.toMatch(/PDF subtype/);
  });
});
