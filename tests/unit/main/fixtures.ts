import { buffer as readAll } from 'node:stream/consumers';
import yazl from 'yazl';
import { createDesign, createText, type Design } from '../../../shared/model';
import { sha256Hex } from '../../../main/services/asset-cache';

/** No vitest imports here: the crash child bundles this file. */

export interface SampleAsset {
  id: string;
  bytes: Buffer;
}

export function assetOf(bytes: Buffer): SampleAsset {
  return { id: sha256Hex(bytes), bytes };
}

/** A consistent design (restore() repairs nothing) with a text and, given an asset, an image. */
export function sampleDesign(name: string, asset?: SampleAsset): Design {
  const design = createDesign({
    name,
    unit: 'mm',
    width: 216,
    height: 144,
    shape: { kind: 'roundedRect', radius: 9 },
    bleed: 9,
    safeMargin: 9,
  });
  const surface = design.surfaces[0]!;
  const text = createText(surface.id, { x: 18, y: 36 }, `Hello ${name}`);
  const objects: Design['objects'] = [text];
  if (asset) {
    objects.push({
      id: 'oLogo',
      surfaceId: surface.id,
      name: 'Logo',
      x: 100,
      y: 20,
      width: 80,
      height: 60,
      rotation: 15,
      opacity: 0.5,
      locked: false,
      hidden: false,
      type: 'image',
      assetId: asset.id,
      fit: 'fill',
    });
  }
  return {
    ...design,
    surfaces: [{ ...surface, objectIds: objects.map((o) => o.id) }],
    objects,
    assets: asset ? [{ id: asset.id, name: 'logo.png', mime: 'image/png', size: asset.bytes.length }] : [],
  };
}

/** A zip with exactly these entries, deflated unless `store` is set. */
export async function zipOf(entries: Array<{ name: string; data: Buffer | string; store?: boolean }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(Buffer.from(e.data), e.name, { compress: !e.store });
  zip.end();
  return readAll(zip.outputStream);
}

/** Rewrites every occurrence of an entry name (local header and central directory); names must be the same length. */
export function renameInZip(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('renameInZip keeps lengths equal');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  for (let at = out.indexOf(needle); at !== -1; at = out.indexOf(needle, at + 1)) out.write(to, at);
  return out;
}

export function designJson(doc: object): string {
  return JSON.stringify({ format: 'namesake', ...doc });
}
