import { z } from 'zod';
import { AssetRef } from '../../model';
import type { ASSET_CHANNELS } from '../channels';
import { Cancelled, Empty, type ChannelSpec } from '../common';

/**
 * What Namesake places (SAFETY.md, "importing user files"). 50 megapixels is a 24 × 24 in print at 300 ppi,
 * far beyond any label, and already 200 MB once decoded for the canvas; a header asking for more is refused
 * before any decoding. SVG is capped lower: its cost is in the paths, not the bytes.
 */
export const IMAGE_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxSvgBytes: 5 * 1024 * 1024,
  maxPixels: 50_000_000,
} as const;

/** Asset bytes cross the bridge as base64: JSON (the test host) and Electron's IPC both carry it as is. */
const Base64 = z.base64().max(Math.ceil(IMAGE_LIMITS.maxBytes / 3) * 4);

const Size = z.object({ width: z.number().positive(), height: z.number().positive() });

/** What main read from an image file's content (never from its name). */
export const ImageInfo = z.object({
  mime: z.enum(['image/png', 'image/jpeg', 'image/svg+xml']),
  /** Stored pixels; an SVG's viewBox size. */
  width: z.number().positive(),
  height: z.number().positive(),
  /** EXIF orientation (1 = as stored). */
  orientation: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8)]),
  /** Pixels per inch the file declares (PNG pHYs, JPEG JFIF or EXIF); null when it declares none. */
  density: z.object({ x: z.number().positive(), y: z.number().positive() }).nullable(),
  /** The printed size the file asks for, upright, in points; null when it does not say. */
  physical: Size.nullable(),
  /** What the SVG converter left out or approximated, naming the elements. */
  warnings: z.array(z.string()),
});
export type ImageInfo = z.infer<typeof ImageInfo>;

const Imported = z.object({ cancelled: z.literal(false), asset: AssetRef, image: ImageInfo });
export type ImportedImage = z.infer<typeof Imported>;

export const assetContract = {
  /** Asks for an image with the Open dialog; main reads, checks and caches it. */
  'assets:import': { input: Empty, output: z.discriminatedUnion('cancelled', [Cancelled, Imported]) },
  /** An image the user dropped on the canvas: the page read its bytes; main checks and caches them alike. */
  'assets:add': { input: z.object({ name: z.string().min(1).max(255), data: Base64 }).strict(), output: Imported },
  /** An asset's bytes and what they are, for the canvas to draw (opened designs, dialog imports). */
  'assets:get': {
    input: z.object({ id: AssetRef.shape.id }).strict(),
    output: z.object({ image: ImageInfo, data: Base64 }),
  },
} satisfies Record<(typeof ASSET_CHANNELS)[number], ChannelSpec>;
