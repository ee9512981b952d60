/** Named entities seen in shop exports: markup, typography, and the letters of Western European names. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢',
  sect: '§', para: '¶', times: '×', divide: '÷', iexcl: '¡', iquest: '¿',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', oslash: 'ø', Oslash: 'Ø',
  eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ', hearts: '♥', star: '☆',
};

/** Accented letters by their entity suffix: `eacute` → é. */
const ACCENTS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030A', cedil: '\u0327',
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Decodes HTML character references that leak into exported text (DATA.md: `&#39;`, `&amp;`). Unknown
 * names and invalid numbers stay as written. Runs twice because some exports escape twice
 * (`&amp;#39;`); a buyer who literally typed `&amp;` is far less likely than that.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return decodeOnce(decodeOnce(text));
}

function decodeOnce(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? accented(body) ?? whole;
  });
}

function accented(name: string): string | undefined {
  const match = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil)$/.exec(name);
  if (!match) return undefined;
  const composed = (match[1]! + ACCENTS[match[2]!]!).normalize('NFC');
  return composed.length === 1 ? composed : undefined;
}
