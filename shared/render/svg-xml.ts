import { err, ok, type AppError, type Result } from '../result';

/** One element of an SVG document: its name as written (`rect`, `sodipodi:namedview`), attributes and child elements. */
export interface XmlElement {
  name: string;
  attrs: ReadonlyMap<string, string>;
  children: XmlElement[];
}

export interface XmlLimits {
  maxElements: number;
  maxDepth: number;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ATTRIBUTE = /\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * A small, strict XML reader for SVG files: elements and attributes only. It is a data parser, never a
 * browser: the DOCTYPE (and any entity it declares, the XXE trap of SAFETY.md) is skipped, only the five
 * predefined and numeric character references are expanded, and text, comments, CDATA and processing
 * instructions are dropped. Caps on element count and nesting keep hostile files bounded.
 */
export function parseXml(source: string, limits: XmlLimits): Result<XmlElement> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const root: XmlElement = { name: '#document', attrs: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  let count = 0;
  let at = 0;
  const fail = (what: string): { ok: false; error: AppError } => err({ code: 'bad-svg', message: `The SVG file is not well-formed XML: ${what} (at character ${at}).` });

  while (at < text.length) {
    const open = text.indexOf('<', at);
    if (open < 0) break;
    at = open;
    if (text.startsWith('<!--', at)) at = skipPast(text, at, '-->');
    else if (text.startsWith('<![CDATA[', at)) at = skipPast(text, at, ']]>');
    else if (text.startsWith('<?', at)) at = skipPast(text, at, '?>');
    else if (text.startsWith('<!DOCTYPE', at)) at = skipDoctype(text, at);
    else if (text.startsWith('</', at)) {
      NAME.lastIndex = at + 2;
      const name = NAME.exec(text)?.[0];
      const close = text.indexOf('>', at);
      const current = stack.at(-1)!;
      if (!name || close < 0 || stack.length === 1 || current.name !== name) return fail(`unexpected </${name ?? ''}>`);
      stack.pop();
      at = close + 1;
    } else {
      NAME.lastIndex = at + 1;
      const name = NAME.exec(text)?.[0];
      if (!name) return fail('a “<” that starts no element');
      at = NAME.lastIndex;
      const attrs = new Map<string, string>();
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const attr = ATTRIBUTE.exec(text);
        if (!attr) break;
        attrs.set(attr[1]!, decodeReferences(attr[2] ?? attr[3] ?? ''));
        at = ATTRIBUTE.lastIndex;
      }
      while (/\s/.test(text[at] ?? '')) at++;
      const selfClosing = text.startsWith('/>', at);
      if (!selfClosing && text[at] !== '>') return fail(`a malformed <${name}> tag`);
      at += selfClosing ? 2 : 1;
      const element: XmlElement = { name, attrs, children: [] };
      if (++count > limits.maxElements) return err({ code: 'svg-too-large', message: `The SVG file has more than ${limits.maxElements.toLocaleString('en')} elements; simplify it before placing it.` });
      stack.at(-1)!.children.push(element);
      if (!selfClosing) {
        if (stack.length > limits.maxDepth) return err({ code: 'svg-too-large', message: `The SVG file nests elements more than ${limits.maxDepth} deep; simplify it before placing it.` });
        stack.push(element);
      }
    }
  }
  if (stack.length > 1) return fail(`<${stack.at(-1)!.name}> is never closed`);
  const top = root.children.length === 1 ? root.children[0] : undefined;
  return top ? ok(top) : fail('it needs exactly one root element');
}

function skipPast(text: string, from: number, end: string): number {
  const found = text.indexOf(end, from);
  return found < 0 ? text.length : found + end.length;
}

/** A DOCTYPE may carry an internal subset in brackets, with `>` inside its declarations. */
function skipDoctype(text: string, from: number): number {
  const bracket = text.indexOf('[', from);
  const close = text.indexOf('>', from);
  if (bracket >= 0 && bracket < close) return skipPast(text, skipPast(text, bracket, ']'), '>');
  return close < 0 ? text.length : close + 1;
}

/** Character references only: an entity the DOCTYPE declared is never expanded (no XXE, no billion laughs). */
function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
