import type { GlyphOutline, PathCommand } from '../outline';
import { addCallback } from './callback-table';
import { instantiate, type CompiledWasm, type WasmMemory, type WasmTable } from './wasm-api';

/**
 * A thin binding over the raw exports of harfbuzzjs's `harfbuzz.wasm`. harfbuzzjs's own JavaScript wrapper
 * loads its wasm at import time (fs in Node, fetch in a page), which shared/ must never do; here the caller
 * hands in the bytes (main: read from node_modules; renderer: a vite `?url` asset) or a compiled module.
 * The binding also reads shaping output straight from wasm memory into typed arrays, without an object per glyph.
 */

type WasmFn = (...args: number[]) => number;

const REQUIRED = [
  'malloc', 'free', '__wasm_call_ctors',
  'hb_blob_create', 'hb_blob_destroy', 'hb_face_create', 'hb_face_destroy', 'hb_font_create', 'hb_font_destroy',
  'hb_font_get_nominal_glyph', 'hb_font_draw_glyph',
  'hb_buffer_create', 'hb_buffer_clear_contents', 'hb_buffer_add_utf16', 'hb_buffer_set_direction',
  'hb_buffer_set_script', 'hb_buffer_set_language', 'hb_buffer_set_flags', 'hb_buffer_guess_segment_properties',
  'hb_buffer_get_glyph_infos', 'hb_buffer_get_glyph_positions', 'hb_language_from_string', 'hb_shape',
  'hb_draw_funcs_create', 'hb_draw_funcs_set_move_to_func', 'hb_draw_funcs_set_line_to_func',
  'hb_draw_funcs_set_quadratic_to_func', 'hb_draw_funcs_set_cubic_to_func', 'hb_draw_funcs_set_close_path_func',
] as const;
type Exports = Record<(typeof REQUIRED)[number], WasmFn>;

const HB_MEMORY_MODE_READONLY = 1;
const HB_BUFFER_FLAG_BOT = 1;
const HB_BUFFER_FLAG_EOT = 2;
const HB_DIRECTION = { ltr: 4, rtl: 5 } as const;
const HB_GLYPH_FLAG_UNSAFE_TO_BREAK = 1;
const WASM_PAGE = 65536;
const MAX_HEAP = 2 ** 31;
const MAX_FEATURES = 16;

/** An OpenType feature switched on (1) or off (0) for a whole shaping call, e.g. `{ tag: 'liga', value: 0 }`. */
export interface ShapeFeature {
  tag: string;
  value: number;
}

export interface ShapeRequest {
  /** The whole paragraph: HarfBuzz sees the text around [start, end) as context (Arabic joining across runs). */
  text: string;
  start: number;
  end: number;
  direction: 'ltr' | 'rtl';
  /** ISO 15924 code ('Latn', 'Arab'); empty to let HarfBuzz guess. */
  script: string;
  /** BCP 47 language for language-specific forms; empty for none. */
  language: string;
  features: readonly ShapeFeature[];
}

/**
 * HarfBuzz output in visual order, in font units; clusters are UTF-16 indices into `ShapeRequest.text`.
 * Plain arrays: a name has a dozen glyphs, and small typed arrays cost more to allocate than they save.
 */
export interface ShapedGlyphs {
  glyphs: number[];
  clusters: number[];
  advances: number[];
  offsetsX: number[];
  offsetsY: number[];
  /** 1 where breaking the text at this glyph's cluster would change the shaping on either side. */
  unsafeToBreak: number[];
}

/** One face opened in HarfBuzz; release it with `HarfBuzz.closeFont`. */
export interface HbFont {
  readonly font: number;
  readonly face: number;
  readonly blob: number;
  readonly data: number;
}

export type HarfBuzzWasm = Uint8Array | ArrayBuffer | CompiledWasm;

/** Instantiates harfbuzz.wasm from its bytes or a compiled module. Call once per process or page. */
export async function initHarfBuzz(wasm: HarfBuzzWasm): Promise<HarfBuzz> {
  const heap = { memory: undefined as WasmMemory | undefined };
  const fail = (what: string) => () => {
    throw new Error(`harfbuzz.wasm: ${what}`);
  };
  const instance = await instantiate(wasm, {
    env: {
      _abort_js: fail('abort'),
      _emscripten_runtime_keepalive_clear: () => undefined,
      _setitimer_js: () => 0,
      emscripten_resize_heap: (requested: number) => growHeap(heap.memory, requested >>> 0),
    },
    wasi_snapshot_preview1: { proc_exit: fail('exit') },
  });
  const exports = instance.exports;
  const missing = REQUIRED.filter((name) => typeof exports[name] !== 'function');
  if (missing.length) throw new Error(`harfbuzz.wasm lacks ${missing.join(', ')}: not the harfbuzzjs 1.6 build`);
  heap.memory = exports.memory as WasmMemory;
  const hb = exports as unknown as Exports;
  hb.__wasm_call_ctors();
  return new HarfBuzz(hb, heap.memory, exports.__indirect_function_table as WasmTable);
}

/** Grows wasm memory for malloc, doubling to keep growth rare; 1 on success, 0 when the heap is full. */
function growHeap(memory: WasmMemory | undefined, requested: number): number {
  if (!memory || requested > MAX_HEAP) return 0;
  const current = memory.buffer.byteLength;
  for (const target of [Math.min(MAX_HEAP, Math.max(requested, current * 2)), requested]) {
    try {
      memory.grow(Math.ceil((target - current) / WASM_PAGE));
      return 1;
    } catch {
      // the doubled size may exceed what the engine allows; try the exact request next
    }
  }
  return 0;
}

/** A four-letter OpenType tag (script or feature) packed as HarfBuzz expects it. */
function hbTag(tag: string): number {
  return ((tag.charCodeAt(0) << 24) | (tag.charCodeAt(1) << 16) | (tag.charCodeAt(2) << 8) | tag.charCodeAt(3)) >>> 0;
}

export class HarfBuzz {
  private readonly buffer: number;
  private readonly drawFuncs: number;
  /** Out-parameters (lengths, glyph ids) and the feature array, allocated once. */
  private readonly scratch: number;
  private readonly featureArray: number;
  private readonly languages = new Map<string, number>();
  private textPtr = 0;
  private textCapacity = 0;
  private lastText: string | undefined;
  private drawing: PathCommand[] = [];

  /** @internal Use `initHarfBuzz`. */
  constructor(
    private readonly hb: Exports,
    private readonly memory: WasmMemory,
    table: WasmTable,
  ) {
    this.buffer = hb.hb_buffer_create();
    this.scratch = hb.malloc(16);
    this.featureArray = hb.malloc(16 * MAX_FEATURES);
    this.drawFuncs = hb.hb_draw_funcs_create();
    const sink = () => this.drawing;
    // Signatures of hb_draw_*_func_t: (dfuncs, draw_data, draw_state, coordinates…, user_data).
    hb.hb_draw_funcs_set_move_to_func(this.drawFuncs, addCallback(table, (_f, _d, _s, x, y) => sink().push(['M', x, y]), 'iiiffi'), 0, 0);
    hb.hb_draw_funcs_set_line_to_func(this.drawFuncs, addCallback(table, (_f, _d, _s, x, y) => sink().push(['L', x, y]), 'iiiffi'), 0, 0);
    hb.hb_draw_funcs_set_quadratic_to_func(
      this.drawFuncs,
      addCallback(table, (_f, _d, _s, cx, cy, x, y) => sink().push(['Q', cx, cy, x, y]), 'iiiffffi'),
      0,
      0,
    );
    hb.hb_draw_funcs_set_cubic_to_func(
      this.drawFuncs,
      addCallback(table, (_f, _d, _s, c1x, c1y, c2x, c2y, x, y) => sink().push(['C', c1x, c1y, c2x, c2y, x, y]), 'iiiffffffi'),
      0,
      0,
    );
    hb.hb_draw_funcs_set_close_path_func(this.drawFuncs, addCallback(table, () => sink().push(['Z']), 'iiii'), 0, 0);
  }

  private heapU32 = new Uint32Array(0);
  private heapI32 = new Int32Array(0);

  /** Growing wasm memory replaces its ArrayBuffer, so the views are taken anew whenever it changed. */
  private get u32(): Uint32Array {
    if (this.heapU32.buffer !== this.memory.buffer) this.heapU32 = new Uint32Array(this.memory.buffer);
    return this.heapU32;
  }

  private get i32(): Int32Array {
    if (this.heapI32.buffer !== this.memory.buffer) this.heapI32 = new Int32Array(this.memory.buffer);
    return this.heapI32;
  }

  /** Copies the font file into wasm memory and opens one face of it at its design size (scale = unitsPerEm). */
  openFont(bytes: Uint8Array, faceIndex: number): HbFont {
    const { hb } = this;
    const data = hb.malloc(bytes.byteLength);
    new Uint8Array(this.memory.buffer).set(bytes, data);
    const blob = hb.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, faceIndex);
    return { font: hb.hb_font_create(face), face, blob, data };
  }

  closeFont(font: HbFont): void {
    const { hb } = this;
    hb.hb_font_destroy(font.font);
    hb.hb_face_destroy(font.face);
    hb.hb_blob_destroy(font.blob);
    hb.free(font.data);
  }

  /** The glyph the font's cmap maps a code point to, or 0 (.notdef) when it has none. */
  nominalGlyph(font: HbFont, codePoint: number): number {
    return this.hb.hb_font_get_nominal_glyph(font.font, codePoint, this.scratch) ? this.u32[this.scratch >> 2]! : 0;
  }

  outline(font: HbFont, glyph: number): GlyphOutline {
    this.drawing = [];
    this.hb.hb_font_draw_glyph(font.font, glyph, this.drawFuncs, 0);
    return this.drawing;
  }

  shape(font: HbFont, request: ShapeRequest): ShapedGlyphs {
    const { hb, buffer } = this;
    const { text, start, end } = request;
    const textPtr = this.writeText(text);
    hb.hb_buffer_clear_contents(buffer);
    hb.hb_buffer_add_utf16(buffer, textPtr, text.length, start, end - start);
    hb.hb_buffer_set_direction(buffer, HB_DIRECTION[request.direction]);
    if (request.script) hb.hb_buffer_set_script(buffer, hbTag(request.script));
    if (request.language) hb.hb_buffer_set_language(buffer, this.language(request.language));
    hb.hb_buffer_set_flags(buffer, (start === 0 ? HB_BUFFER_FLAG_BOT : 0) | (end === text.length ? HB_BUFFER_FLAG_EOT : 0));
    hb.hb_buffer_guess_segment_properties(buffer);
    hb.hb_shape(font.font, buffer, this.featureArray, this.writeFeatures(request.features));

    const infos = hb.hb_buffer_get_glyph_infos(buffer, this.scratch) >> 2;
    const positions = hb.hb_buffer_get_glyph_positions(buffer, 0) >> 2;
    const u32 = this.u32;
    const i32 = this.i32;
    const count = u32[this.scratch >> 2]!;
    const out: ShapedGlyphs = { glyphs: [], clusters: [], advances: [], offsetsX: [], offsetsY: [], unsafeToBreak: [] };
    // hb_glyph_info_t and hb_glyph_position_t are both five 32-bit words.
    for (let i = 0, info = infos, pos = positions; i < count; i++, info += 5, pos += 5) {
      out.glyphs.push(u32[info]!);
      out.unsafeToBreak.push(u32[info + 1]! & HB_GLYPH_FLAG_UNSAFE_TO_BREAK);
      out.clusters.push(u32[info + 2]!);
      out.advances.push(i32[pos]!);
      out.offsetsX.push(i32[pos + 2]!);
      out.offsetsY.push(i32[pos + 3]!);
    }
    return out;
  }

  /** Keeps the last paragraph in wasm memory, since a layout shapes several runs of the same text. */
  private writeText(text: string): number {
    if (text === this.lastText) return this.textPtr;
    const bytes = text.length * 2;
    if (bytes > this.textCapacity) {
      if (this.textPtr) this.hb.free(this.textPtr);
      this.textCapacity = Math.max(256, bytes * 2);
      this.textPtr = this.hb.malloc(this.textCapacity);
    }
    const u16 = new Uint16Array(this.memory.buffer, this.textPtr, text.length);
    for (let i = 0; i < text.length; i++) u16[i] = text.charCodeAt(i);
    this.lastText = text;
    return this.textPtr;
  }

  /** Writes hb_feature_t records {tag, value, start, end} covering the whole buffer; returns their count. */
  private writeFeatures(features: readonly ShapeFeature[]): number {
    if (features.length > MAX_FEATURES) throw new Error(`at most ${MAX_FEATURES} shaping features`);
    const u32 = this.u32;
    features.forEach((feature, i) => {
      const at = (this.featureArray >> 2) + i * 4;
      u32[at] = hbTag(feature.tag);
      u32[at + 1] = feature.value;
      u32[at + 2] = 0;
      u32[at + 3] = 0xffffffff;
    });
    return features.length;
  }

  private language(tag: string): number {
    let lang = this.languages.get(tag);
    if (lang === undefined) {
      const ptr = this.hb.malloc(tag.length + 1);
      const u8 = new Uint8Array(this.memory.buffer);
      for (let i = 0; i < tag.length; i++) u8[ptr + i] = tag.charCodeAt(i) & 0x7f;
      lang = this.hb.hb_language_from_string(ptr, tag.length);
      this.hb.free(ptr);
      this.languages.set(tag, lang);
    }
    return lang;
  }
}
