import type { DesignRenderer, RecordRender } from '../render/design-display-list';
import type { FieldValues } from '../render/fields';
import type { FontLibrary } from '../text';

/**
 * One record rendered, loading first the lazily registered fonts (CJK) its text turns out to need. A
 * bundled font that cannot be loaded is a broken installation, not a problem with the record: it throws.
 */
export async function renderRecord(renderer: DesignRenderer, library: FontLibrary, values: FieldValues): Promise<RecordRender> {
  let rendered = renderer.render(values);
  while (rendered.pendingFonts.length) {
    for (const id of rendered.pendingFonts) {
      const loaded = await library.load(id);
      if (!loaded.ok) throw new Error(loaded.error.message);
    }
    rendered = renderer.render(values);
  }
  return rendered;
}
