import type { GlyphRunItem } from '../../render/display-list';

/**
 * The text each glyph of a run stands for, for the ToUnicode CMap. HarfBuzz merges a base and its marks (or a
 * conjunct) into one cluster of several glyphs; extraction works best when each glyph carries its own
 * characters: a glyph that is the font's nominal glyph for a character of its cluster gets that character
 * (a mark, a vowel sign), the cluster's remaining characters go to its widest glyph (the base, the conjunct).
 * A cluster of one glyph maps whole (a ligature gives all its letters). Characters keep logical order.
 */
export function glyphTexts(run: GlyphRunItem, nominalGlyph: (codePoint: number) => number): string[] {
  if (oneGlyphPerCluster(run)) return run.glyphs.map((g) => run.text.slice(g.cluster, g.clusterEnd));
  const texts = run.glyphs.map(() => '');
  const clusters = new Map<string, number[]>();
  run.glyphs.forEach((g, i) => {
    const key = `${g.cluster}:${g.clusterEnd}`;
    const members = clusters.get(key);
    if (members) members.push(i);
    else clusters.set(key, [i]);
  });
  for (const members of clusters.values()) {
    const first = run.glyphs[members[0]!]!;
    const text = run.text.slice(first.cluster, first.clusterEnd);
    if (members.length === 1) {
      texts[members[0]!] = text;
      continue;
    }
    const widest = members.reduce((best, i) => (run.glyphs[i]!.advance > run.glyphs[best]!.advance ? i : best));
    const taken = new Set<number>();
    for (const char of text) {
      const nominal = nominalGlyph(char.codePointAt(0)!);
      const own = members.find((i) => !taken.has(i) && nominal !== 0 && run.glyphs[i]!.glyph === nominal);
      if (own === undefined) texts[widest] += char;
      else {
        taken.add(own);
        texts[own] += char;
      }
    }
  }
  return texts;
}

/**
 * Whether every glyph has a cluster of its own: clusters strictly rising, or strictly falling, along the
 * run (HarfBuzz keeps them monotonic). The common case for a name, mapped without grouping glyphs.
 */
function oneGlyphPerCluster(run: GlyphRunItem): boolean {
  const { glyphs } = run;
  let rising = true;
  let falling = true;
  for (let i = 1; i < glyphs.length; i++) {
    const step = glyphs[i]!.cluster - glyphs[i - 1]!.cluster;
    if (step <= 0) rising = false;
    if (step >= 0) falling = false;
  }
  return rising || falling;
}
