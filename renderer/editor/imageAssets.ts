import { createClient, type Client } from '../../shared/ipc/client';
import type { ImageInfo } from '../../shared/ipc/features/assets.contract';
import type { ImageContent } from '../../shared/render/images';
import { parseSvg } from '../../shared/render/svg';

/** An image asset the page can draw: what main said it is, what placing it needs, and its bytes. */
export interface LoadedImage {
  info: ImageInfo;
  content: ImageContent;
  /** The file's bytes, for the canvas to decode (raster images). */
  blob: Blob;
}

/**
 * The page's image assets by content address, shared by the canvas, the Properties panel and image edits.
 * Bytes come with a drop (the page read them) or from main on first use (`assets:get`: dialog imports and
 * opened designs). Subscribers hear when an asset arrives or fails, to draw again.
 */
export class ImageAssets {
  private readonly loaded = new Map<string, LoadedImage>();
  private readonly failures = new Map<string, string>();
  private readonly loading = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private changes = 0;
  private client: Client | null = null;

  constructor(private readonly connect: () => Client) {}

  /** Counts arrivals and failures, so a view can tell whether to look again. */
  get version(): number {
    return this.changes;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The asset, or null while it loads (the first call starts loading) or when it failed (see `failure`). */
  get(id: string): LoadedImage | null {
    const image = this.loaded.get(id);
    if (image || this.failures.has(id)) return image ?? null;
    void this.load(id);
    return null;
  }

  /** Why an asset cannot be drawn, in words for the user. */
  failure(id: string): string | undefined {
    return this.failures.get(id);
  }

  /** An asset whose bytes the page already has (a dropped file), as main checked it. */
  put(id: string, info: ImageInfo, bytes: Uint8Array<ArrayBuffer>): void {
    this.store(id, info, new Blob([bytes], { type: info.mime }), bytes);
    this.changed();
  }

  private async load(id: string): Promise<void> {
    if (this.loading.has(id)) return;
    this.loading.add(id);
    this.client ??= this.connect();
    try {
      const answer = await this.client.call('assets:get', { id });
      if (!answer.ok) this.failures.set(id, answer.error.message);
      else {
        // The browser's own base64 decoder, through a data: URL (the CSP allows it for connect).
        const blob = await (await fetch(`data:${answer.value.image.mime};base64,${answer.value.data}`)).blob();
        this.store(id, answer.value.image, blob, new Uint8Array(await blob.arrayBuffer()));
      }
    } catch (e) {
      console.error(e);
      this.failures.set(id, 'The image could not be read. Replace it to print it.');
    } finally {
      this.loading.delete(id);
    }
    this.changed();
  }

  private store(id: string, info: ImageInfo, blob: Blob, bytes: Uint8Array): void {
    const content = contentOf(info, bytes);
    if (typeof content === 'string') this.failures.set(id, content);
    else this.loaded.set(id, { info, content, blob });
  }

  private changed(): void {
    this.changes++;
    for (const listener of this.listeners) listener();
  }
}

/** What placing the asset needs: main's header facts for a raster image, the parsed drawing for an SVG. */
function contentOf(info: ImageInfo, bytes: Uint8Array): ImageContent | string {
  if (info.mime !== 'image/svg+xml') return { width: info.width, height: info.height, orientation: info.orientation };
  const art = parseSvg(new TextDecoder().decode(bytes));
  return art.ok ? { width: art.value.width, height: art.value.height, vector: art.value } : art.error.message;
}

/** The page's one image store, talking to main over the same bridge as everything else. */
export const imageAssets = new ImageAssets(() => createClient(window.namesake));
