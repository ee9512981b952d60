import type { Design } from '../../shared/model';
import type { Editor } from './editor';
import type { View } from './viewport';

/** What end-to-end tests may read. Installed only when the test host's bridge sets the test flag. */
export interface TestHook {
  getDesign(): Design;
  getView(): View;
  getSelection(): readonly string[];
}

export function installTestHook(target: { __namesake?: TestHook }, editor: Editor): void {
  target.__namesake = {
    getDesign: () => editor.getState().design,
    getView: () => editor.getState().view,
    getSelection: () => editor.getState().selection,
  };
}
