import type { FontId } from './font';
import type { CodePointRanges } from './font-library';

/**
 * The fonts Namesake ships. The files come from npm packages (never committed to git, and build-time
 * dependencies only): the renderer's build copies exactly these files next to the page
 * (electron.vite.config.ts), and main reads them from the package folder when installed, else from that
 * build (main/services/bundled-fonts.ts). Every family is OFL-1.1 or Apache-2.0.
 */
export interface BundledFont {
  id: FontId;
  family: string;
  style: 'Regular' | 'Bold';
  category: 'script' | 'display' | 'serif' | 'sans' | 'fallback';
  package: string;
  /** The font file, relative to the package folder. */
  path: string;
  license: 'OFL-1.1' | 'Apache-2.0';
  /** Set for the large CJK faces, which load on first use; what they cover before they are loaded. */
  lazyCoverage?: CodePointRanges;
}

type Weights = readonly BundledFont['style'][];
interface Family {
  slug: string;
  family: string;
  category: BundledFont['category'];
  weights: Weights;
  license?: BundledFont['license'];
}

const EXPO_WEIGHT = { Regular: '400Regular', Bold: '700Bold' } as const;
const BOTH: Weights = ['Regular', 'Bold'];
const REGULAR: Weights = ['Regular'];

/** Families from @expo-google-fonts/<slug>, which holds <400Regular>/<FamilyNoSpaces>_<400Regular>.ttf. */
const EXPO_FAMILIES: readonly Family[] = [
  { slug: 'great-vibes', family: 'Great Vibes', category: 'script', weights: REGULAR },
  { slug: 'dancing-script', family: 'Dancing Script', category: 'script', weights: BOTH },
  { slug: 'pacifico', family: 'Pacifico', category: 'script', weights: REGULAR },
  { slug: 'caveat', family: 'Caveat', category: 'script', weights: BOTH },
  { slug: 'amatic-sc', family: 'Amatic SC', category: 'display', weights: BOTH },
  { slug: 'bebas-neue', family: 'Bebas Neue', category: 'display', weights: REGULAR },
  { slug: 'cinzel', family: 'Cinzel', category: 'display', weights: BOTH },
  { slug: 'playfair-display', family: 'Playfair Display', category: 'serif', weights: BOTH },
  { slug: 'lora', family: 'Lora', category: 'serif', weights: BOTH },
  { slug: 'roboto-slab', family: 'Roboto Slab', category: 'serif', weights: BOTH, license: 'Apache-2.0' },
  { slug: 'montserrat', family: 'Montserrat', category: 'sans', weights: BOTH },
  { slug: 'noto-sans', family: 'Noto Sans', category: 'sans', weights: BOTH },
  { slug: 'noto-sans-arabic', family: 'Noto Sans Arabic', category: 'fallback', weights: REGULAR },
  { slug: 'noto-sans-devanagari', family: 'Noto Sans Devanagari', category: 'fallback', weights: REGULAR },
  { slug: 'noto-sans-thai', family: 'Noto Sans Thai', category: 'fallback', weights: REGULAR },
  { slug: 'noto-emoji', family: 'Noto Emoji', category: 'fallback', weights: REGULAR },
];

const CJK_SHARED: CodePointRanges = [
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3400, 0x4dbf], // Han extension A
  [0x4e00, 0x9fff], // Han
  [0xf900, 0xfaff], // Han compatibility
  [0xff00, 0xffef], // half- and full-width forms
];

/** Noto faces from @embedpdf/fonts-<language>, the smallest packaging of them (CJK subset to common use). */
const EMBEDPDF_FACES: readonly (Pick<BundledFont, 'id' | 'family' | 'path' | 'lazyCoverage'> & { language: string })[] = [
  { id: 'noto-sans-hebrew-regular', family: 'Noto Sans Hebrew', language: 'hebrew', path: 'fonts/NotoSansHebrew-Regular.ttf' },
  { id: 'noto-sans-jp-regular', family: 'Noto Sans JP', language: 'jp', path: 'fonts/NotoSansJP-Regular.otf', lazyCoverage: [[0x3040, 0x30ff], [0x31f0, 0x31ff], ...CJK_SHARED] },
  { id: 'noto-sans-sc-regular', family: 'Noto Sans SC', language: 'sc', path: 'fonts/NotoSansHans-Regular.otf', lazyCoverage: [[0x3100, 0x312f], ...CJK_SHARED] },
  {
    id: 'noto-sans-kr-regular',
    family: 'Noto Sans KR',
    language: 'kr',
    path: 'fonts/NotoSansKR-Regular.otf',
    lazyCoverage: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af], ...CJK_SHARED],
  },
];

export const BUNDLED_FONTS: readonly BundledFont[] = [
  ...EXPO_FAMILIES.flatMap(({ slug, family, category, weights, license = 'OFL-1.1' }) =>
    weights.map((style): BundledFont => {
      const weight = EXPO_WEIGHT[style];
      return {
        id: `${slug}-${style.toLowerCase()}`,
        family,
        style,
        category,
        license,
        package: `@expo-google-fonts/${slug}`,
        path: `${weight}/${family.replace(/ /g, '')}_${weight}.ttf`,
      };
    }),
  ),
  ...EMBEDPDF_FACES.map(({ language, ...face }): BundledFont => ({
    ...face,
    style: 'Regular',
    category: 'fallback',
    license: 'OFL-1.1',
    package: `@embedpdf/fonts-${language}`,
  })),
];

/** The name the renderer's build serves a bundled font file under (`fonts/<name>`): its id and its extension. */
export function bundledFontFileName(font: BundledFont): string {
  return font.id + font.path.slice(font.path.lastIndexOf('.'));
}

const CJK_BY_LANGUAGE: Record<string, readonly FontId[]> = {
  zh: ['noto-sans-sc-regular', 'noto-sans-jp-regular', 'noto-sans-kr-regular'],
  ko: ['noto-sans-kr-regular', 'noto-sans-jp-regular', 'noto-sans-sc-regular'],
  ja: ['noto-sans-jp-regular', 'noto-sans-kr-regular', 'noto-sans-sc-regular'],
};

/**
 * The fallback chain over the bundled fonts. Han characters look different in Japanese, Chinese and Korean,
 * so the CJK face of the text's language comes first (Japanese when unknown).
 */
export function bundledFallbackChain(language = ''): FontId[] {
  const cjk = CJK_BY_LANGUAGE[language.slice(0, 2).toLowerCase()] ?? CJK_BY_LANGUAGE.ja!;
  return [
    'noto-sans-regular',
    'noto-sans-arabic-regular',
    'noto-sans-hebrew-regular',
    'noto-sans-devanagari-regular',
    'noto-sans-thai-regular',
    ...cjk,
    'noto-emoji-regular',
  ];
}
