import { err, ok, type Result } from '../../result';
import type { HarfBuzz } from '../harfbuzz/harfbuzz';
import { Font, type FontId } from './font';

/** Inclusive code point ranges, [first, last]. */
export type CodePointRanges = readonly (readonly [number, number])[];

/**
 * A font whose bytes load on first use (the large CJK faces). Its declared coverage lets layout ask for it
 * before it is loaded; layout then reports it as pending and the caller loads it and lays out again.
 */
export interface LazyFont {
  id: FontId;
  faceIndex?: number;
  coverage: CodePointRanges;
  load(): Promise<Uint8Array>;
}

/** The fonts tried for a frame, in order: its own font first, then the fallback chain. */
export interface FontChain {
  /** Loaded fonts; the first is the frame's font (or the first available one). */
  fonts: readonly Font[];
  /** Registered fonts whose bytes are not loaded yet. */
  lazy: readonly LazyFont[];
  /** Ids in the chain the library does not have at all. */
  unavailable: readonly FontId[];
}

/**
 * Fonts by id, fed from anywhere that has bytes: bundled fonts, fonts imported into a project, the system's
 * fonts scanned by main. The renderer, main and the PDF writer each keep one, filled the same way.
 */
export class FontLibrary {
  private readonly fonts = new Map<FontId, Font>();
  private readonly lazy = new Map<FontId, LazyFont>();
  private readonly loading = new Map<FontId, Promise<Result<Font>>>();
  private chain: readonly FontId[];
  /** Resolved chains by fallback list (held weakly: frames may bring their own) and first font; reset on change. */
  private chains = new WeakMap<readonly FontId[], Map<FontId, FontChain>>();

  constructor(
    private readonly hb: HarfBuzz,
    fallbackChain: readonly FontId[] = [],
  ) {
    this.chain = fallbackChain;
  }

  /** Fonts tried, in order, for characters the chosen font lacks. */
  get fallbackChain(): readonly FontId[] {
    return this.chain;
  }

  set fallbackChain(ids: readonly FontId[]) {
    this.chain = ids;
    this.chains = new WeakMap();
  }

  /** `first` followed by `fallback` (default: the library's chain), resolved to fonts; asked on every layout. */
  fontsFor(first: FontId, fallback: readonly FontId[] = this.chain): FontChain {
    let byFirst = this.chains.get(fallback);
    if (!byFirst) this.chains.set(fallback, (byFirst = new Map()));
    let chain = byFirst.get(first);
    if (!chain) {
      const fonts: Font[] = [];
      const lazy: LazyFont[] = [];
      const unavailable: FontId[] = [];
      for (const id of new Set([first, ...fallback])) {
        const font = this.fonts.get(id);
        const entry = this.lazy.get(id);
        if (font) fonts.push(font);
        else if (entry) lazy.push(entry);
        else unavailable.push(id);
      }
      byFirst.set(first, (chain = { fonts, lazy, unavailable }));
    }
    return chain;
  }

  /** Opens a font from its bytes under `id`, replacing any font with that id. */
  add(id: FontId, bytes: Uint8Array, faceIndex = 0): Result<Font> {
    const font = Font.open(this.hb, id, bytes, faceIndex);
    if (font.ok) {
      this.remove(id);
      this.fonts.set(id, font.value);
      this.chains = new WeakMap();
    }
    return font;
  }

  addLazy(entry: LazyFont): void {
    if (!this.fonts.has(entry.id)) this.lazy.set(entry.id, entry);
    this.chains = new WeakMap();
  }

  get(id: FontId): Font | undefined {
    return this.fonts.get(id);
  }

  /** Loads a lazily registered font (once, however many callers ask); resolves at once for a loaded font. */
  load(id: FontId): Promise<Result<Font>> {
    const loaded = this.fonts.get(id);
    if (loaded) return Promise.resolve(ok(loaded));
    const entry = this.lazy.get(id);
    if (!entry) return Promise.resolve(err({ code: 'font-unknown', message: `No font "${id}" is installed.` }));
    let loading = this.loading.get(id);
    if (!loading) {
      loading = entry
        .load()
        .then(
          (bytes) => this.add(id, bytes, entry.faceIndex),
          (reason: unknown) => err({ code: 'font-load', message: `Font "${id}" could not be loaded: ${String(reason)}` }),
        )
        .then((font) => {
          this.loading.delete(id);
          if (font.ok) this.lazy.delete(id);
          return font;
        });
      this.loading.set(id, loading);
    }
    return loading;
  }

  remove(id: FontId): void {
    this.fonts.get(id)?.close();
    this.fonts.delete(id);
    this.lazy.delete(id);
    this.chains = new WeakMap();
  }
}
