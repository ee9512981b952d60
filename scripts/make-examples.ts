/**
 * Writes examples/*.namesake through the model (createDesign/createText/createShape + saveProjectFile), so
 * the examples are exactly what the app would save. Run: `node scripts/run-ts.mjs scripts/make-examples.ts`.
 */
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { AssetCache } from '../main/services/asset-cache';
import { saveProjectFile } from '../main/services/project-file';
import { createDesign, createShape, createText, type AssetRef, type Color, type Design, type DesignObject, type Field, type ImageObject, type TextObject } from '../shared/model';
import { PT_PER_IN } from '../shared/units/length';

const INK: Color = { space: 'rgb', r: 0.18, g: 0.16, b: 0.22 };
const ROSE: Color = { space: 'rgb', r: 0.74, g: 0.3, b: 0.38 };

export async function main(): Promise<void> {
  const folder = join(process.cwd(), 'examples');
  const assets = new AssetCache();
  // 256 px: over 300 ppi at the size the examples place it (PRINT.md asks for 300 ppi).
  const png = heartPng(256);
  const logo: AssetRef = { id: assets.add(png), name: 'heart.png', mime: 'image/png', size: png.length };
  for (const [name, design] of [
    ['avery-5160-names.namesake', averyNames(logo)],
    ['candle-round-2.5in.namesake', candle(logo)],
    ['wine-label.namesake', wineLabel()],
  ] as const) {
    await saveProjectFile(join(folder, name), design, assets);
    console.log(`wrote examples/${name}`);
  }
}

/** Avery 5160 (2.625 × 1 in): frame, logo, name, a two-line message and a static line. */
function averyNames(logo: AssetRef): Design {
  const design = createDesign({ name: 'Avery 5160 names', unit: 'in', width: 2.625 * PT_PER_IN, height: PT_PER_IN, shape: { kind: 'rect' }, bleed: 4.5, safeMargin: 4.5 });
  const s = design.surfaces[0]!.id;
  add(design, { ...createShape(s, 'roundedRect', { x: 4, y: 4, width: 181, height: 64 }, null), stroke: ROSE, strokeWidth: 1, cornerRadius: 6 });
  add(design, image(design, logo, { x: 10, y: 18, width: 36, height: 36 }));
  add(design, text(s, '{{name}}', { x: 52, y: 7, width: 128, height: 24 }, { font: 'dancing-script-bold', fontSize: 20, fill: INK }));
  add(design, text(s, '{{message}}', { x: 52, y: 32, width: 128, height: 22 }, { fontSize: 8, minFontSize: 5, wrap: true, maxLines: 2, lineSpacing: 1.1 }));
  add(design, text(s, 'Handmade with love', { x: 52, y: 55, width: 128, height: 10 }, { font: 'lora-regular', fontSize: 6.5, fill: ROSE, fit: 'none' }));
  design.fields = [field('name', 'Name on label', 'Amelia Hart'), field('message', 'Message', 'Thank you for supporting my little shop — light it, relax and enjoy!')];
  return design;
}

/** A 2.5 in round candle label: name on the top arc, message centred, logo, and a CutContour circle. */
function candle(logo: AssetRef): Design {
  const size = 2.5 * PT_PER_IN;
  const design = createDesign({ name: 'Candle label', unit: 'in', width: size, height: size, shape: { kind: 'round' }, bleed: 9, safeMargin: 9 });
  const s = design.surfaces[0]!.id;
  // The background runs into the bleed; the round surface clips it to the disc plus bleed.
  add(design, createShape(s, 'ellipse', { x: -9, y: -9, width: size + 18, height: size + 18 }, { space: 'rgb', r: 0.99, g: 0.95, b: 0.88 }));
  add(design, {
    ...text(s, '{{name}}', { x: 0, y: 0, width: size, height: size }, { font: 'cinzel-bold', fontSize: 20, minFontSize: 10, fill: ROSE }),
    path: { kind: 'arc', side: 'top', radius: 66, angle: 0, sweep: 150 },
  });
  add(design, text(s, '{{message}}', { x: 35, y: 68, width: 110, height: 40 }, { font: 'lora-regular', fontSize: 11, minFontSize: 6, wrap: true, maxLines: 3 }));
  add(design, image(design, logo, { x: 75, y: 116, width: 30, height: 30 }));
  add(design, { ...createShape(s, 'ellipse', { x: 0, y: 0, width: size, height: size }, null), role: 'cut', stroke: { space: 'rgb', r: 1, g: 0, b: 1 }, strokeWidth: 0.5 });
  design.fields = [field('name', 'Name', 'Lavender Dreams'), field('message', 'Message', 'Hand-poured for Olivia')];
  return design;
}

/** A 3.5 × 4 in wine label: CMYK art, a gold spot colour, name, message and a date. */
function wineLabel(): Design {
  const [w, h] = [3.5 * PT_PER_IN, 4 * PT_PER_IN];
  const design = createDesign({ name: 'Wine label', unit: 'in', width: w, height: h, shape: { kind: 'rect' }, bleed: 9, safeMargin: 12 });
  const s = design.surfaces[0]!.id;
  const gold: Color = { space: 'spot', name: 'Gold 871', tint: 1, alternate: { space: 'cmyk', c: 0.2, m: 0.3, y: 0.6, k: 0.2 } };
  const burgundy: Color = { space: 'cmyk', c: 0.2, m: 1, y: 0.6, k: 0.45 };
  const cream: Color = { space: 'cmyk', c: 0, m: 0.03, y: 0.12, k: 0 };
  design.swatches = [{ name: 'Gold 871', color: gold }, { name: 'Burgundy', color: burgundy }];
  add(design, createShape(s, 'rect', { x: -9, y: -9, width: w + 18, height: h + 18 }, cream));
  add(design, createShape(s, 'rect', { x: -9, y: h - 70, width: w + 18, height: 79 }, burgundy));
  add(design, { ...createShape(s, 'rect', { x: 14, y: 14, width: w - 28, height: h - 28 }, null), stroke: gold, strokeWidth: 2 });
  add(design, { ...createShape(s, 'line', { x: 76, y: 118, width: 100, height: 0 }), stroke: gold, strokeWidth: 1 });
  add(design, text(s, 'RESERVE', { x: 26, y: 34, width: w - 52, height: 20 }, { font: 'cinzel-regular', fontSize: 12, fill: burgundy, tracking: 300 }));
  add(design, text(s, '{{name}}', { x: 26, y: 62, width: w - 52, height: 50 }, { font: 'great-vibes-regular', fontSize: 36, minFontSize: 14, fill: burgundy }));
  add(design, text(s, '{{message}}', { x: 30, y: 130, width: w - 60, height: 60 }, { font: 'playfair-display-regular', fontSize: 12, minFontSize: 7, wrap: true, maxLines: 3, fill: { space: 'cmyk', c: 0, m: 0, y: 0, k: 0.85 } }));
  add(design, text(s, '{{date}}', { x: 26, y: h - 58, width: w - 52, height: 22 }, { font: 'cinzel-regular', fontSize: 12, fill: gold }));
  add(design, text(s, 'Bottled with care', { x: 26, y: h - 34, width: w - 52, height: 14 }, { font: 'lora-regular', fontSize: 8, fill: cream, fit: 'none' }));
  design.fields = [
    field('name', 'Name', 'Château Martin'),
    field('message', 'Message', 'For our wedding day — with love from Claire & Julien'),
    field('date', 'Date', '14 June 2025'),
  ];
  return design;
}

function add(design: Design, object: DesignObject): void {
  design.objects.push(object);
  design.surfaces[0]!.objectIds.push(object.id);
}

type Box = { x: number; y: number; width: number; height: number };

function text(surfaceId: string, content: string, box: Box, style: Partial<TextObject>): TextObject {
  return { ...(createText(surfaceId, box, content) as TextObject), ...box, name: content.replace(/[{}]/g, ''), ...style };
}

/** An image object of a project asset; the design lists the asset so the project file carries its bytes. */
function image(design: Design, asset: AssetRef, box: Box): ImageObject {
  if (!design.assets.some((a) => a.id === asset.id)) design.assets.push(asset);
  const { id, surfaceId } = createShape(design.surfaces[0]!.id, 'rect', box);
  return { id, surfaceId, name: 'Logo', ...box, rotation: 0, opacity: 1, locked: false, hidden: false, type: 'image', assetId: asset.id, fit: 'fit' };
}

function field(name: string, label: string, sample: string): Field {
  return { name, label, required: false, maxLength: null, defaultValue: '', sample, allowedFonts: [], allowedColors: [] };
}

/** A small logo: a rose heart on transparency, as an RGBA PNG built here (zlib + CRC, no image library). */
function heartPng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // The heart curve (x² + y² − 1)³ − x²y³ ≤ 0, in a frame from −1.3 to 1.3, y up.
      const u = ((x + 0.5) / size) * 2.6 - 1.3;
      const v = 1.3 - ((y + 0.5) / size) * 2.6 + 0.1;
      const inside = (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0;
      if (inside) row.set([189, 77, 97, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
