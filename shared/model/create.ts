import { BLACK, type Color } from './color';
import { newId } from './ids';
import { SCHEMA_VERSION, type BarcodeObject, type Design, type DesignObject, type SurfaceShape } from './schema';

/** The bundled sans every new text starts in; it and its Noto fallbacks cover most scripts. */
export const DEFAULT_FONT = 'noto-sans-regular';

export interface NewDesignSpec {
  name: string;
  unit: 'mm' | 'in';
  /** Trim size in points. */
  width: number;
  height: number;
  shape: SurfaceShape;
  bleed: number;
  safeMargin: number;
}

export function createDesign(spec: NewDesignSpec): Design {
  return {
    schemaVersion: SCHEMA_VERSION,
    document: { name: spec.name, unit: spec.unit, layoutLocked: false },
    surfaces: [
      {
        id: newId('s'),
        name: 'Front',
        width: spec.width,
        height: spec.height,
        shape: spec.shape,
        bleed: spec.bleed,
        safeMargin: spec.safeMargin,
        objectIds: [],
      },
    ],
    objects: [],
    assets: [],
    fields: [],
    swatches: [],
  };
}

const base = (surfaceId: string, name: string) => ({
  id: newId('o'),
  surfaceId,
  name,
  rotation: 0,
  opacity: 1,
  locked: false,
  hidden: false,
});

export function createText(surfaceId: string, at: { x: number; y: number }, text = 'Text'): DesignObject {
  return {
    ...base(surfaceId, 'Text'),
    type: 'text',
    x: at.x,
    y: at.y,
    width: 144,
    height: 36,
    text,
    font: DEFAULT_FONT,
    fontSize: 24,
    minFontSize: 6,
    fit: 'shrink',
    wrap: false,
    maxLines: null,
    fill: BLACK,
    align: 'center',
    verticalAlign: 'middle',
    lineSpacing: 1,
    tracking: 0,
    textCase: 'none',
    path: null,
  };
}

/** A code in the middle of `box`; QR and Data Matrix are square, the bar codes wide. */
export function createBarcode(
  surfaceId: string,
  box: { x: number; y: number; width: number; height: number },
  symbology: BarcodeObject['symbology'] = 'qrcode',
  content = 'https://example.com',
): BarcodeObject {
  return { ...base(surfaceId, 'Barcode'), type: 'barcode', ...box, symbology, content, color: BLACK, background: null };
}

const SHAPE_NAMES = { rect: 'Rectangle', roundedRect: 'Rounded rectangle', ellipse: 'Ellipse', line: 'Line' } as const;

export function createShape(
  surfaceId: string,
  shape: 'rect' | 'roundedRect' | 'ellipse' | 'line',
  box: { x: number; y: number; width: number; height: number },
  fill: Color | null = { space: 'rgb', r: 0.85, g: 0.55, b: 0.35 },
): DesignObject {
  return {
    ...base(surfaceId, SHAPE_NAMES[shape]),
    type: 'shape',
    ...box,
    shape,
    role: 'art',
    cornerRadius: shape === 'roundedRect' ? 6 : 0,
    fill: shape === 'line' ? null : fill,
    stroke: shape === 'line' ? BLACK : null,
    strokeWidth: shape === 'line' ? 1 : 0,
  };
}
