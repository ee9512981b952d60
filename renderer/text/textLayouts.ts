import type { TextObject } from '../../shared/model';
import { textInput } from '../../shared/render/text-frame';
import { layoutText, type Font, type FontId, type FontLibrary, type LazyFont, type TextLayout } from '../../shared/text';

/**
 * The page's text layouts, one per text record, shared by the canvas painter and the text reports. Records
 * are immutable, so a record is its own cache key: an edit makes a new record and a new layout, and an
 * unchanged record is never laid out twice.
 *
 * A layout that needs a font still loading is withheld (`null`) rather than drawn in the wrong font: the
 * font loads, every layout is redone (any of them may have fallen back past it), and subscribers repaint.
 * A layout is final once its fonts are loaded or have failed to load; then `pendingFonts` names the failed ones.
 */
export class TextLayouts {
  private library: FontLibrary | null = null;
  private failure: string | null = null;
  private layouts = new WeakMap<TextObject, TextLayout>();
  private readonly loading = new Set<FontId>();
  private readonly failed = new Set<FontId>();
  private readonly listeners = new Set<() => void>();
  private changes = 0;

  constructor(private readonly engine: Promise<FontLibrary>) {
    engine.then(
      (library) => {
        this.library = library;
        this.changed();
      },
      (e: unknown) => {
        console.error('The text engine did not start:', e);
        this.failure = String(e);
        this.changed();
      },
    );
  }

  /** Why no text can be drawn, when the engine failed to start. */
  get error(): string | null {
    return this.failure;
  }

  /** Counts changes (engine up, a font loaded), so a view can tell whether to look again. */
  get version(): number {
    return this.changes;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The record's final layout, or null while the engine or a font it needs is loading. */
  layout(record: TextObject): TextLayout | null {
    const library = this.library;
    if (!library) return null;
    let layout = this.layouts.get(record);
    if (!layout) {
      const { text, frame } = textInput(record);
      layout = layoutText(library, text, frame);
      this.layouts.set(record, layout);
    }
    const waiting = layout.pendingFonts.filter((id) => !this.failed.has(id));
    for (const id of waiting) this.load(library, id);
    return waiting.length ? null : layout;
  }

  /**
   * Fonts that joined the library after the engine started (an import): frames that named one and fell
   * back are laid out again, and load it.
   */
  addFonts(fonts: readonly LazyFont[]): void {
    void this.engine.then((library) => {
      for (const font of fonts) library.addLazy(font);
      this.layouts = new WeakMap();
      this.changed();
    });
  }

  /** A font a layout names: painters draw its glyphs, reports show its family. */
  font(id: FontId): Font | undefined {
    return this.library?.get(id);
  }

  private load(library: FontLibrary, id: FontId): void {
    if (this.loading.has(id)) return;
    this.loading.add(id);
    void library.load(id).then((font) => {
      this.loading.delete(id);
      if (!font.ok) {
        console.error(font.error.message);
        this.failed.add(id);
      }
      this.layouts = new WeakMap();
      this.changed();
    });
  }

  private changed(): void {
    this.changes++;
    for (const listener of this.listeners) listener();
  }
}
