import { instantiate, type HarfBuzzWasm } from '../text-engine';

type WasmFn = (...args: number[]) => number;

const REQUIRED = [
  'malloc', 'free', 'hb_blob_create', 'hb_blob_destroy', 'hb_blob_get_length', 'hb_blob_get_data', 'hb_face_create',
  'hb_face_destroy', 'hb_face_reference_blob', 'hb_set_add', 'hb_subset_input_create_or_fail', 'hb_subset_input_destroy',
  'hb_subset_input_set', 'hb_subset_input_set_flags', 'hb_subset_or_fail',
] as const;
type Exports = Record<(typeof REQUIRED)[number], WasmFn> & { memory: { buffer: ArrayBuffer }; _initialize?: () => void };

const HB_MEMORY_MODE_READONLY = 1;
const SET_GLYPH_INDEX = 0;
const SET_DROP_TABLE_TAG = 3;
const NO_HINTING = 0x1;
const RETAIN_GIDS = 0x2;

/**
 * Layout tables are useless in a PDF (the text is already shaped) and their closure would pull in glyphs the
 * document never draws (PRINT.md: NotoSansArabic went from 244 KB to 8.3 KB).
 */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'kern', 'morx', 'kerx'];

function tag(name: string): number {
  return ((name.charCodeAt(0) << 24) | (name.charCodeAt(1) << 16) | (name.charCodeAt(2) << 8) | name.charCodeAt(3)) >>> 0;
}

/**
 * hb-subset from harfbuzzjs's `harfbuzz-subset.wasm`, which ships without a JavaScript wrapper and is driven
 * through its raw exports. The caller hands in the wasm bytes (shared/ reads no files).
 */
export class Subsetter {
  private constructor(private readonly hb: Exports) {}

  static async create(wasm: HarfBuzzWasm): Promise<Subsetter> {
    const instance = await instantiate(wasm, {});
    const exports = instance.exports as unknown as Exports;
    const missing = REQUIRED.filter((name) => typeof exports[name] !== 'function');
    if (missing.length) throw new Error(`harfbuzz-subset.wasm lacks ${missing.join(', ')}`);
    exports._initialize?.();
    return new Subsetter(exports);
  }

  /**
   * The font reduced to `glyphs` (plus .notdef), hinting dropped since print never rasterizes at screen sizes.
   * `retainGids` keeps every glyph at its original index (TrueType: the content stream writes original
   * glyph ids); otherwise glyphs are renumbered in increasing order of their original ids.
   */
  subset(bytes: Uint8Array, faceIndex: number, glyphs: Iterable<number>, retainGids: boolean): Uint8Array | undefined {
    const { hb } = this;
    const data = hb.malloc(bytes.byteLength);
    new Uint8Array(hb.memory.buffer).set(bytes, data);
    const blob = hb.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, faceIndex);
    const input = hb.hb_subset_input_create_or_fail();
    try {
      if (!input) return undefined;
      const glyphSet = hb.hb_subset_input_set(input, SET_GLYPH_INDEX);
      hb.hb_set_add(glyphSet, 0);
      for (const glyph of glyphs) hb.hb_set_add(glyphSet, glyph);
      const dropped = hb.hb_subset_input_set(input, SET_DROP_TABLE_TAG);
      for (const table of DROPPED_TABLES) hb.hb_set_add(dropped, tag(table));
      hb.hb_subset_input_set_flags(input, NO_HINTING | (retainGids ? RETAIN_GIDS : 0));
      const subsetFace = hb.hb_subset_or_fail(face, input);
      if (!subsetFace) return undefined;
      const out = hb.hb_face_reference_blob(subsetFace);
      const result = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice();
      hb.hb_blob_destroy(out);
      hb.hb_face_destroy(subsetFace);
      return result.length ? result : undefined;
    } finally {
      if (input) hb.hb_subset_input_destroy(input);
      hb.hb_face_destroy(face);
      hb.hb_blob_destroy(blob);
      hb.free(data);
    }
  }
}
