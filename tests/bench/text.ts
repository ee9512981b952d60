import * as harfbuzzjs from 'harfbuzzjs';
import { BUNDLED_FONTS, layoutText, type FontId, type TextFrame } from '../../shared/text';
import { bundledFontBytes, loadTextEngine } from '../unit/text/node-engine';

/**
 * Text bench: 10,000 deterministic multi-script names laid out in a 2 in × 0.5 in box with shrink-to-fit,
 * against raw harfbuzzjs shaping of the same strings in the same run: one call per name with a reused buffer,
 * in the font that draws the name (the frame's font for Latin names, else the Noto face of its script).
 * Target: layout ≤ 2× raw shaping.
 */

const NAMES = 10_000;
const ROUNDS = 7;

/** First and last names per script, with the font that draws them when the frame's font cannot. */
const POOLS: { weight: number; font?: FontId; first: string[]; last: string[] }[] = [
  {
    weight: 50,
    first: ['Emma', 'Olivia', 'Zoë', 'José', 'François', 'Łukasz', 'Søren', 'Ava', 'Noah', 'Liam', 'Mia', 'Chloé', 'Björn', 'İlayda', 'Wojciech'],
    last: ['Müller', 'García', 'Smith', 'Østergaard', 'Nguyễn', 'Kowalczyk', 'Dubois', "O'Brien", 'Van der Berg', 'Fernández-López', 'Yılmaz'],
  },
  { weight: 8, font: 'noto-sans-arabic-regular', first: ['محمد', 'فاطمة', 'أحمد', 'نور', 'يوسف', 'مريم'], last: ['علي', 'الحسن', 'عبد الله', 'خليل'] },
  { weight: 6, font: 'noto-sans-hebrew-regular', first: ['דוד', 'שרה', 'נועה', 'יונתן'], last: ['כהן', 'לוי', 'מזרחי'] },
  { weight: 8, font: 'noto-sans-devanagari-regular', first: ['अनन्या', 'प्रिया', 'राहुल', 'कृष्ण', 'आदित्य'], last: ['शर्मा', 'वर्मा', 'सिंह', 'त्रिपाठी'] },
  { weight: 6, font: 'noto-sans-thai-regular', first: ['สมชาย', 'สุดา', 'ประเสริฐ', 'มาลี'], last: ['ใจดี', 'ศรีสุข', 'วงศ์ไทย'] },
  { weight: 4, font: 'noto-sans-jp-regular', first: ['さくら', '花子', 'はると', '陽翔'], last: ['田中', '佐藤', '鈴木'] },
  { weight: 3, font: 'noto-sans-sc-regular', first: ['伟', '芳', '秀英', '娜'], last: ['张', '王', '李'] },
  { weight: 3, font: 'noto-sans-kr-regular', first: ['민준', '서연', '지우'], last: ['김', '이', '박'] },
  {
    weight: 12,
    first: ['Order #12 for محمد (VIP)', 'Emma 🎂', 'Noah ❤️ Mia', 'Happy 30th, Zoë!', 'Σοφία & Ελένη', 'Анна Иванова'],
    last: ['', '— with love', '2025'],
  },
];

const PRIMARY_FONTS = BUNDLED_FONTS.filter((f) => f.category !== 'fallback' && f.style === 'Regular').map((f) => f.id);

/** A small LCG, so every run lays out the same names. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function names(count: number): { text: string; rawFont: FontId; frameFont: FontId }[] {
  const next = random(20250101);
  const total = POOLS.reduce((s, p) => s + p.weight, 0);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    let r = next() * total;
    const pool = POOLS.find((p) => (r -= p.weight) < 0) ?? POOLS[0]!;
    const script = /[\u3000-\u9fff\uac00-\ud7af]/.test(pool.first[0]!);
    const text = [pick(pool.first), pick(pool.last)].filter(Boolean).join(script ? '' : ' ');
    const frameFont = PRIMARY_FONTS[i % PRIMARY_FONTS.length]!;
    return { text, rawFont: pool.font ?? frameFont, frameFont };
  });
}

/**
 * Best of several rounds, the two measurements interleaved so both see the same machine (other processes
 * share its cores); the minimum is the run least disturbed by them.
 */
function timeInterleaved(a: () => void, b: () => void): [number, number] {
  const best = [Infinity, Infinity];
  for (let round = 0; round < ROUNDS; round++) {
    [a, b].forEach((fn, i) => {
      const start = performance.now();
      fn();
      best[i] = Math.min(best[i]!, performance.now() - start);
    });
  }
  return [best[0]!, best[1]!];
}

export async function run(): Promise<Record<string, unknown>> {
  const { library } = await loadTextEngine();
  await Promise.all(BUNDLED_FONTS.filter((f) => f.lazyCoverage).map((f) => library.load(f.id)));
  const inputs = names(NAMES);
  const frame = (font: FontId): TextFrame => ({
    box: { width: 144, height: 36 },
    font,
    size: 28,
    fit: 'shrink',
    minSize: 6,
    wrap: true,
    maxLines: 2,
    align: 'center',
    verticalAlign: 'middle',
  });
  const frames = PRIMARY_FONTS.map(frame);
  let overflow = 0;
  let missing = 0;
  let wrapped = 0;
  const layout = () => {
    overflow = missing = wrapped = 0;
    inputs.forEach((name, i) => {
      const result = layoutText(library, name.text, frames[i % frames.length]!);
      if (result.overflow) overflow++;
      if (result.lines.length > 1) wrapped++;
      missing += result.missing.length;
    });
  };

  const rawFonts = new Map<FontId, harfbuzzjs.Font>();
  for (const font of BUNDLED_FONTS) {
    rawFonts.set(font.id, new harfbuzzjs.Font(new harfbuzzjs.Face(new harfbuzzjs.Blob(bundledFontBytes(font)))));
  }
  const buffer = new harfbuzzjs.Buffer();
  let rawGlyphs = 0;
  const shape = () => {
    rawGlyphs = 0;
    for (const name of inputs) {
      buffer.clearContents();
      buffer.addText(name.text);
      buffer.guessSegmentProperties();
      harfbuzzjs.shape(rawFonts.get(name.rawFont)!, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      rawGlyphs += Math.min(infos.length, positions.length);
    }
  };

  const [layoutMs, shapeMs] = timeInterleaved(layout, shape);
  return {
    names: NAMES,
    box: '2in x 0.5in, shrink 28..6 pt, wrap to 2 lines',
    layoutMsPerName: Number((layoutMs / NAMES).toFixed(5)),
    rawShapingMsPerName: Number((shapeMs / NAMES).toFixed(5)),
    ratio: Number((layoutMs / shapeMs).toFixed(2)),
    target: 2,
    wrapped,
    overflow,
    missing,
    rawGlyphs,
  };
}
