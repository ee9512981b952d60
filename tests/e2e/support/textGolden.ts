import { BLACK, createDesign, createText, type ArcPath, type Design, type TextObject } from '../../../shared/model';

/** One golden text frame: a script or feature the text engine must draw right, in a frame of the golden sheet. */
interface GoldenCase {
  name: string;
  text: string;
  font: string;
  fontSize: number;
  box: { x: number; y: number; width: number; height: number };
  rotation?: number;
  path?: ArcPath;
  wrap?: boolean;
}

const ROW = 72;
const cell = (column: number, row: number) => ({ x: 16 + column * 194, y: 16 + row * ROW, width: 180, height: 60 });
const arc = (side: ArcPath['side']): ArcPath => ({ kind: 'arc', side, radius: 78, angle: side === 'top' ? 0 : 180, sweep: 170 });

/** The golden cases of issue 3, on one 600 × 460 pt sheet. */
export const GOLDEN_CASES: readonly GoldenCase[] = [
  { name: 'Latin kerning', text: 'AVATAR', font: 'playfair-display-regular', fontSize: 40, box: cell(0, 0) },
  { name: 'Latin diaeresis', text: 'Zoë', font: 'great-vibes-regular', fontSize: 48, box: cell(1, 0) },
  { name: 'Arabic joining', text: 'محمد علي', font: 'great-vibes-regular', fontSize: 36, box: cell(2, 0) },
  { name: 'Hebrew', text: 'שרה לוי', font: 'noto-sans-regular', fontSize: 36, box: cell(0, 1) },
  { name: 'Devanagari', text: 'अनन्या', font: 'noto-sans-regular', fontSize: 36, box: cell(1, 1) },
  { name: 'Thai', text: 'สมชาย ใจดี', font: 'noto-sans-regular', fontSize: 32, box: cell(2, 1) },
  { name: 'CJK', text: 'さくら', font: 'noto-sans-regular', fontSize: 36, box: cell(0, 2) },
  { name: 'Emoji', text: 'Emma 🎂', font: 'montserrat-regular', fontSize: 36, box: cell(1, 2) },
  { name: 'Bidi', text: 'Order #12 for محمد (VIP)', font: 'noto-sans-regular', fontSize: 24, box: cell(2, 2) },
  { name: 'Top arc', text: 'Happy Birthday Zoë', font: 'dancing-script-regular', fontSize: 26, box: { x: 16, y: 232, width: 200, height: 212 }, path: arc('top') },
  { name: 'Bottom arc', text: 'with love', font: 'cinzel-regular', fontSize: 20, box: { x: 16, y: 232, width: 200, height: 212 }, path: arc('bottom') },
  {
    name: 'Wrapped and rotated',
    text: 'Happy 30th birthday, Zoë! With love from all of us',
    font: 'lora-regular',
    fontSize: 22,
    box: { x: 260, y: 250, width: 300, height: 150 },
    rotation: -8,
    wrap: true,
  },
];

/** A plain white sheet (no bleed, no safe margin: no guides but the trim) with a text object per case. */
export function goldenDesign(): Design {
  const design = createDesign({ name: 'Golden text', unit: 'in', width: 600, height: 460, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const surface = design.surfaces[0]!;
  const objects = GOLDEN_CASES.map((c, i): TextObject => {
    const text = createText(surface.id, c.box, c.text) as TextObject;
    return {
      ...text,
      ...c.box,
      id: `golden${i}`,
      name: c.name,
      font: c.font,
      fontSize: c.fontSize,
      fill: BLACK,
      rotation: c.rotation ?? 0,
      path: c.path ?? null,
      wrap: c.wrap ?? false,
    };
  });
  return { ...design, surfaces: [{ ...surface, objectIds: objects.map((o) => o.id) }], objects };
}
