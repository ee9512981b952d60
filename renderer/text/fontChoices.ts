import type { Client } from '../../shared/ipc/client';
import { BUNDLED_CATALOG, type CatalogFont } from '../../shared/ipc/features/fonts.contract';
import type { LazyFont } from '../../shared/text';

/** What an import came to: the fonts added (several for a collection), nothing (cancelled), or why not. */
export type ImportOutcome = { ok: true; fonts: CatalogFont[] } | { ok: false; message: string };

/**
 * The fonts the user can choose, from main's font library: bundled, imported and installed on this
 * computer. The font picker reads the list; the text engine registers the fonts that are not bundled as
 * lazy fonts, whose bytes come over IPC the first time a frame uses one.
 */
export class FontChoices {
  private fonts: readonly CatalogFont[] = BUNDLED_CATALOG;
  private readonly listeners = new Set<() => void>();
  private readonly addedListeners = new Set<(fonts: readonly LazyFont[]) => void>();

  constructor(private readonly client: Client) {}

  /** Asks main for the whole list; on failure the bundled fonts stay the choice (and the reason is logged). */
  async load(): Promise<readonly LazyFont[]> {
    const listed = await this.client.call('fonts:list', {});
    if (!listed.ok) {
      console.warn(`Only the bundled fonts are available: ${listed.error.message}`);
      return [];
    }
    this.fonts = listed.value.fonts;
    this.changed();
    return this.lazyFonts(this.fonts);
  }

  /** Runs the Import font dialog in main; the new fonts join the list and the text engine. */
  async importFont(): Promise<ImportOutcome> {
    const imported = await this.client.call('fonts:import', {});
    if (!imported.ok) return { ok: false, message: imported.error.message };
    if (imported.value.cancelled) return { ok: true, fonts: [] };
    this.replace([...this.fonts, ...imported.value.fonts.filter((font) => !this.has(font.id))]);
    return { ok: true, fonts: imported.value.fonts };
  }

  /**
   * Asks main for the list again: a design just opened may have brought fonts in its file, which main now
   * lists with the imported ones. Nothing changes when main cannot answer (the reason is logged).
   */
  async refresh(): Promise<void> {
    const listed = await this.client.call('fonts:list', {});
    if (listed.ok) this.replace(listed.value.fonts);
    else console.warn(`The font list was not refreshed: ${listed.error.message}`);
  }

  /** Fonts that joined the list after the engine started (imported, or brought by a design), for it to register. */
  onAdded(listener: (fonts: readonly LazyFont[]) => void): void {
    this.addedListeners.add(listener);
  }

  readonly snapshot = (): readonly CatalogFont[] => this.fonts;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * The fonts main holds that the page does not ship, to load on first use. Their coverage is left empty:
   * like the bundled families outside the fallback chain, only a frame that names one asks for it.
   */
  private lazyFonts(fonts: readonly CatalogFont[]): LazyFont[] {
    return fonts
      .filter((font) => font.source !== 'bundled')
      .map(({ id, faceIndex }) => ({ id, faceIndex, coverage: [], load: () => this.read(id) }));
  }

  private has(id: string): boolean {
    return this.fonts.some((f) => f.id === id);
  }

  /** The new choice; the fonts in it the page did not have yet are news to the text engine. */
  private replace(fonts: readonly CatalogFont[]): void {
    const fresh = fonts.filter((font) => !this.has(font.id));
    this.fonts = fonts;
    this.changed();
    if (fresh.length) for (const listener of this.addedListeners) listener(this.lazyFonts(fresh));
  }

  private async read(id: string): Promise<Uint8Array> {
    const read = await this.client.call('fonts:read', { id });
    if (!read.ok) throw new Error(read.error.message);
    return Uint8Array.from(atob(read.value.base64), (c) => c.charCodeAt(0));
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
