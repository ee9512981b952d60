/**
 * The Unicode properties layout needs per code point — script, cluster extension, default-ignorable, white
 * space — read from the JavaScript engine's own Unicode tables (regex property escapes) once per code point
 * and cached, because layout asks about every character of every name.
 */

/** ISO 15924 codes HarfBuzz understands; Zyyy (Common) and Zinh (Inherited) take their neighbours' script. */
const SCRIPTS = [
  'Latn', 'Zyyy', 'Zinh', 'Arab', 'Hebr', 'Deva', 'Thai', 'Hani', 'Hira', 'Kana', 'Hang', 'Cyrl', 'Grek',
  'Armn', 'Syrc', 'Thaa', 'Nkoo', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu', 'Knda', 'Mlym', 'Sinh',
  'Laoo', 'Tibt', 'Mymr', 'Geor', 'Ethi', 'Cher', 'Khmr', 'Mong', 'Bopo', 'Zzzz',
] as const;
export type Script = (typeof SCRIPTS)[number];

const SCRIPT_PATTERNS = SCRIPTS.map((s) => (s === 'Zzzz' ? /[^]/u : new RegExp(`\\p{Script=${s}}`, 'u')));

export const EXTENDS = 1 << 8;
export const IGNORABLE = 1 << 9;
export const SPACE = 1 << 10;
const SCRIPT_MASK = 0xff;
const UNKNOWN = 0xffff;

/** Marks, variation selectors, emoji modifiers and tag characters belong to the cluster before them. */
const EXTENDER = /[\p{M}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;
/** Strong right-to-left letters, Arabic digits and the RTL controls: texts without any skip the bidi pass. */
const MAYBE_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\u061C\u200F\u202B\u202E\u2067]/u;

const bmp = new Uint16Array(0x10000).fill(UNKNOWN);
const astral = new Map<number, number>();

function compute(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  const script = SCRIPT_PATTERNS.findIndex((p) => p.test(ch));
  return (
    script |
    (EXTENDER.test(ch) ? EXTENDS : 0) |
    (/\p{Default_Ignorable_Code_Point}/u.test(ch) ? IGNORABLE : 0) |
    (/\p{White_Space}/u.test(ch) ? SPACE : 0)
  );
}

export function mayBeRightToLeft(text: string): boolean {
  return MAYBE_RTL.test(text);
}

export function charProps(codePoint: number): number {
  if (codePoint < 0x10000) {
    let props = bmp[codePoint]!;
    if (props === UNKNOWN) bmp[codePoint] = props = compute(codePoint);
    return props;
  }
  let props = astral.get(codePoint);
  if (props === undefined) astral.set(codePoint, (props = compute(codePoint)));
  return props;
}

export function scriptOf(props: number): Script {
  return SCRIPTS[props & SCRIPT_MASK]!;
}

export function isInheritingScript(script: Script): boolean {
  return script === 'Zyyy' || script === 'Zinh' || script === 'Zzzz';
}

/** Scripts of Chinese, Japanese and Korean text, shaped together: their mixing needs no run boundary. */
export const CJK_SCRIPTS: ReadonlySet<Script> = new Set(['Hani', 'Hira', 'Kana', 'Bopo', 'Hang']);

/** Scripts whose letters join: letter spacing would tear them apart, so tracking skips them. */
export const CURSIVE_SCRIPTS: ReadonlySet<Script> = new Set(['Arab', 'Syrc', 'Nkoo', 'Mong']);

/** South-East Asian scripts written without spaces: UAX #14 finds no breaks in them, a dictionary does. */
export const DICTIONARY_BREAK_SCRIPTS: ReadonlySet<Script> = new Set(['Thai', 'Laoo', 'Khmr', 'Mymr']);
