import type { Design } from '../../shared/model';
import type { TextLayout } from '../../shared/text';
import { textLayouts } from '../text';
import type { Editor } from './editor';
import type { View } from './viewport';

/** What end-to-end tests may read. Installed only when the test host's bridge sets the test flag. */
export interface TestHook {
  getDesign(): Design;
  /** The design as the canvas draws it: with sample values in place of tokens while previewing. */
  getDisplay(): Design;
  getView(): View;
  getSelection(): readonly string[];
  /** The layout the canvas draws for a text object; null while its fonts load (or it is not a text). */
  getTextLayout(id: string): TextLayout | null;
}

export function installTestHook(target: { __namesake?: TestHook }, editor: Editor): void {
  target.__namesake = {
    getDesign: () => editor.getState().design,
    getDisplay: () => editor.getState().display,
    getView: () => editor.getState().view,
    getSelection: () => editor.getState().selection,
    getTextLayout: (id) => {
      const record = editor.getState().display.objects.find((o) => o.id === id);
      return record?.type === 'text' ? textLayouts.layout(record) : null;
    },
  };
}
