import type { TextObject } from '../model';
import type { TextFrame } from '../text';

/** What the text engine lays out for one text object: the string as it is drawn, and its frame. */
export interface TextInput {
  text: string;
  frame: TextFrame;
}

/**
 * The one mapping from a model text object to the text engine's input, used by both painters, so the canvas
 * and the PDF lay out the same string in the same frame. Field tokens are not filled here (merge does that
 * first); whatever is still inside `{{…}}` is drawn as typed.
 */
export function textInput(t: TextObject): TextInput {
  const frame: TextFrame = {
    box: { width: t.width, height: t.height },
    font: t.font,
    size: t.fontSize,
    fit: t.fit,
    minSize: t.minFontSize,
    wrap: t.wrap,
    align: t.align,
    verticalAlign: t.verticalAlign,
    tracking: t.tracking,
    lineSpacing: t.lineSpacing,
  };
  if (t.maxLines !== null) frame.maxLines = t.maxLines;
  // The model's circle is centred on the object's box, which is the engine's default centre.
  if (t.path) frame.path = { side: t.path.side, radius: t.path.radius, angle: t.path.angle, sweep: t.path.sweep };
  return { text: applyTextCase(t.text, t.textCase), frame };
}

/** A field token, kept as typed: changing its case would change the field it names. */
const TOKEN = /(\{\{[^{}]*\}\})/;
/** A letter that starts a word: no letter, mark, digit or apostrophe right before it ("O'Neil", "Jean-Luc"). */
const WORD_START = /(?<![\p{L}\p{M}\p{N}'’])\p{L}/gu;

const CASES: Record<TextObject['textCase'], (s: string) => string> = {
  none: (s) => s,
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  // Like CSS `text-transform: capitalize`: only first letters change, so "McKay" keeps its capital K.
  title: (s) => s.replace(WORD_START, (letter) => letter.toUpperCase()),
};

/**
 * The text as drawn. Language-neutral case mapping: the model does not know the text's language, and
 * locale rules (Turkish dotted i) would make the same design print differently on different machines.
 */
export function applyTextCase(text: string, textCase: TextObject['textCase']): string {
  const change = CASES[textCase];
  // split with a capturing group alternates text and tokens: odd indices are tokens.
  return text
    .split(TOKEN)
    .map((part, i) => (i % 2 ? part : change(part)))
    .join('');
}
