import { z } from 'zod';
import { Color } from './color';

/**
 * Document model v1. Lengths are points, y down, origin at the top-left of the surface's trim box;
 * rotation in degrees about the object's centre. The model is the truth; canvases are views of it.
 */
export const SCHEMA_VERSION = 1;

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const Length = z.number().finite();
const PositiveLength = z.number().finite().positive().max(14_400); // 200 in: the largest page PDF allows
const NonNegLength = z.number().finite().min(0).max(1_000);

export const SurfaceShape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rect') }),
  z.object({ kind: z.literal('roundedRect'), radius: NonNegLength }),
  z.object({ kind: z.literal('round') }),
  z.object({ kind: z.literal('ellipse') }),
]);
export type SurfaceShape = z.infer<typeof SurfaceShape>;

export const Surface = z.object({
  id: Id,
  name: z.string().max(200),
  width: PositiveLength,
  height: PositiveLength,
  shape: SurfaceShape,
  bleed: NonNegLength,
  safeMargin: NonNegLength,
  /** Paint order, back to front. */
  objectIds: z.array(Id),
});
export type Surface = z.infer<typeof Surface>;

const ObjectBase = z.object({
  id: Id,
  surfaceId: Id,
  name: z.string().max(200),
  x: Length,
  y: Length,
  width: z.number().finite().min(0).max(14_400),
  height: z.number().finite().min(0).max(14_400),
  rotation: z.number().finite(),
  opacity: z.number().min(0).max(1),
  locked: z.boolean(),
  hidden: z.boolean(),
});

export const TextObject = ObjectBase.extend({
  type: z.literal('text'),
  text: z.string().max(10_000),
  fontFamily: z.string().max(200),
  fontSize: z.number().positive().max(2_000),
  fill: Color,
  align: z.enum(['left', 'center', 'right', 'justify']),
});
export const ImageObject = ObjectBase.extend({
  type: z.literal('image'),
  /** sha256 hex of the asset's bytes: content-addressed, never a path. */
  assetId: z.string().regex(/^[0-9a-f]{64}$/),
  fit: z.enum(['fit', 'fill', 'stretch']),
});
export const ShapeObject = ObjectBase.extend({
  type: z.literal('shape'),
  shape: z.enum(['rect', 'roundedRect', 'ellipse', 'line']),
  cornerRadius: NonNegLength,
  fill: Color.nullable(),
  stroke: Color.nullable(),
  strokeWidth: NonNegLength,
});
export const DesignObject = z.discriminatedUnion('type', [TextObject, ImageObject, ShapeObject]);
export type TextObject = z.infer<typeof TextObject>;
export type ImageObject = z.infer<typeof ImageObject>;
export type ShapeObject = z.infer<typeof ShapeObject>;
export type DesignObject = z.infer<typeof DesignObject>;

export const AssetRef = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().max(255),
  mime: z.enum(['image/png', 'image/jpeg', 'image/svg+xml', 'font/ttf', 'font/otf']),
  size: z.number().int().nonnegative(),
});
export type AssetRef = z.infer<typeof AssetRef>;

export const DocumentMeta = z.object({
  name: z.string().max(200),
  /** The unit the user works in; the model itself is always points. */
  unit: z.enum(['mm', 'in']),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Design = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  document: DocumentMeta,
  surfaces: z.array(Surface).min(1),
  objects: z.array(DesignObject),
  assets: z.array(AssetRef),
});
export type Design = z.infer<typeof Design>;
