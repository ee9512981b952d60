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
  /** Objects with the same group id select, move, copy and delete together; absent when not grouped. */
  groupId: Id.optional(),
});

/** Text on a circle: 'top' reads clockwise over the top, 'bottom' reads upright under the bottom. */
export const ArcPath = z.object({
  kind: z.literal('arc'),
  side: z.enum(['top', 'bottom']),
  /** Baseline radius of the first line, in points; the circle is centred on the object's box. */
  radius: z.number().finite().positive().max(14_400),
  /** Degrees clockwise from 12 o'clock where the line is anchored (by its alignment). */
  angle: z.number().finite(),
  /** The arc the text may fill when shrinking to fit, in degrees. */
  sweep: z.number().finite().positive().max(360),
});
export type ArcPath = z.infer<typeof ArcPath>;

const FontSize = z.number().positive().max(2_000);

export const TextObject = ObjectBase.extend({
  type: z.literal('text'),
  /** May hold field tokens such as {{name}}, filled per record. */
  text: z.string().max(10_000),
  /** A font id of the font library (bundled, imported or installed), never a CSS family name. */
  font: z.string().min(1).max(200),
  /** The size, and the largest size when shrinking to fit. */
  fontSize: FontSize,
  /** The smallest size shrink-to-fit may use; below it the frame reports overflow. */
  minFontSize: FontSize,
  fit: z.enum(['none', 'shrink']),
  wrap: z.boolean(),
  maxLines: z.number().int().positive().max(1_000).nullable(),
  fill: Color,
  align: z.enum(['left', 'center', 'right', 'justify']),
  verticalAlign: z.enum(['top', 'middle', 'bottom']),
  /** Multiple of the font's ascent + descent. */
  lineSpacing: z.number().finite().min(0.5).max(5),
  /** Letter spacing in thousandths of an em. */
  tracking: z.number().finite().min(-500).max(2_000),
  textCase: z.enum(['none', 'upper', 'lower', 'title']),
  path: ArcPath.nullable(),
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
  /** Art prints; the other roles are dielines written on their own named spot plates. */
  role: z.enum(['art', 'cut', 'crease', 'perforation']),
  cornerRadius: NonNegLength,
  fill: Color.nullable(),
  stroke: Color.nullable(),
  strokeWidth: NonNegLength,
});
/** A barcode or 2D code, drawn as vector bars and modules (shared/render/barcode.ts). */
export const BarcodeObject = ObjectBase.extend({
  type: z.literal('barcode'),
  symbology: z.enum(['qrcode', 'code128', 'ean13', 'upca', 'datamatrix']),
  /** What the code encodes; may hold field tokens such as {{order}}, filled per record. */
  content: z.string().max(4_000),
  /** The bars and dark modules. */
  color: Color,
  /** Behind the whole box, quiet zone included; null leaves it clear. */
  background: Color.nullable(),
});
export const DesignObject = z.discriminatedUnion('type', [TextObject, ImageObject, ShapeObject, BarcodeObject]);
export type TextObject = z.infer<typeof TextObject>;
export type BarcodeObject = z.infer<typeof BarcodeObject>;
export type ImageObject = z.infer<typeof ImageObject>;
export type ShapeObject = z.infer<typeof ShapeObject>;
export type DesignObject = z.infer<typeof DesignObject>;

export const AssetRef = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().max(255),
  mime: z.enum(['image/png', 'image/jpeg', 'image/svg+xml', 'font/ttf', 'font/otf', 'font/collection']),
  size: z.number().int().nonnegative(),
});
export type AssetRef = z.infer<typeof AssetRef>;

export const DocumentMeta = z.object({
  name: z.string().max(200),
  /** The unit the user works in; the model itself is always points. */
  unit: z.enum(['mm', 'in']),
  /** Template mode: the layout is locked and only field values may change (personalize mode). */
  layoutLocked: z.boolean(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** A name a column of order data fills: written {{name}} inside any text. */
export const FieldName = z.string().min(1).max(64).regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'use letters, digits and _ only');

export const Field = z.object({
  name: FieldName,
  /** What shop staff see ("Name on label"). */
  label: z.string().max(200),
  required: z.boolean(),
  maxLength: z.number().int().positive().max(10_000).nullable(),
  defaultValue: z.string().max(10_000),
  /** Shown in preview when no record is chosen. */
  sample: z.string().max(10_000),
  /** Empty means any. */
  allowedFonts: z.array(z.string().min(1).max(200)),
  allowedColors: z.array(Color),
});
export type Field = z.infer<typeof Field>;

export const Swatch = z.object({ name: z.string().min(1).max(127), color: Color });
export type Swatch = z.infer<typeof Swatch>;

/** An order's proof as the customer answered it. */
export const Approval = z.object({
  status: z.enum(['approved', 'changes-requested']),
  /** What the customer said ("make the name bigger"); may be empty. */
  note: z.string().max(2_000),
  /** When the answer was recorded: ISO 8601 date and time. */
  at: z.iso.datetime({ offset: true }),
});
export type Approval = z.infer<typeof Approval>;

/** An order id as the order data gives it (Etsy's `Order ID`, Shopify's `Name`). */
export const OrderId = z.string().min(1).max(200);

export const Design = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  document: DocumentMeta,
  surfaces: z.array(Surface).min(1),
  objects: z.array(DesignObject),
  assets: z.array(AssetRef),
  fields: z.array(Field),
  swatches: z.array(Swatch),
  /** Proof answers by order id; absent until the first one is recorded. */
  approvals: z.record(OrderId, Approval).optional(),
});
export type Design = z.infer<typeof Design>;
