import { hex4, utf16Hex } from '../bytes';

/** A bfchar block holds at most 100 mappings (PDF 32000, 9.10.3). */
const BLOCK = 100;

/**
 * The ToUnicode CMap of a Type0 font: for each 2-byte code, the text its glyph stands for, taken from the
 * shaped clusters (a ligature maps to all its letters, a conjunct to its whole cluster). This is what lets
 * text extraction and search give back the names typed in, in every script.
 */
export function toUnicodeCMap(textByCode: ReadonlyMap<number, string>): string {
  const entries = [...textByCode].filter(([, text]) => text.length > 0).sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += BLOCK) {
    const block = entries.slice(i, i + BLOCK);
    blocks.push(`${block.length} beginbfchar\n${block.map(([code, text]) => `<${hex4(code)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
