import type { CallResult, Client } from '../../shared/ipc/client';
import type { FileHandle } from '../../shared/ipc/contract';
import { createDesign, type Design, type NewDesignSpec } from '../../shared/model';
import { fontChoices } from '../text';
import type { Editor } from './editor';

/** New, Open, Save and Save As. Every answer from main is a value; failures become a status message. */
export function fileActions(editor: Editor, client: Client) {
  /** Unsaved changes are only thrown away when the user says so in the app's own dialog. */
  const mayDiscard = async (action: string): Promise<boolean> => {
    const { dirty, name } = editor.getState();
    if (!dirty) return true;
    return editor.ask({
      title: 'Discard unsaved changes?',
      message: `“${name}” has changes that are not saved. ${action} will discard them.`,
      confirm: 'Discard changes',
      cancel: 'Keep editing',
    });
  };

  const opened = async (result: CallResult<'file:open'>): Promise<void> => {
    if (!result.ok) return editor.report('error', result.error.message);
    if (result.value.cancelled) return;
    const { file, design, repairs } = result.value;
    // Fonts the file carries join main's list as it opens: the picker and the text engine learn of them first.
    await fontChoices.refresh();
    editor.replaceDesign(design, file);
    editor.report('info', repairs.length > 0 ? `Opened ${file.name}; repaired: ${repairs.join('; ')}.` : `Opened ${file.name}.`);
  };

  const saved = (design: Design, result: CallResult<'file:save'> | CallResult<'file:saveAs'>): void => {
    if (!result.ok) return editor.report('error', result.error.message);
    if (result.value.cancelled) return;
    editor.setFile(result.value.file);
    // Edits made while the file was being written are not in it, so only an untouched design is clean.
    if (editor.store.design === design) editor.store.markSaved();
    editor.report('info', `Saved ${result.value.file.name}.`);
  };

  const create = (spec: NewDesignSpec): void => {
    editor.openDialog(null);
    editor.replaceDesign(createDesign(spec), null);
    editor.dismissStatus();
  };

  const saveAs = () =>
    editor.exclusive(async () => {
      const { design, file } = editor.getState();
      const suggestedName = file ? file.name.replace(/\.namesake$/i, '') : design.document.name;
      saved(design, await client.call('file:saveAs', { design, suggestedName }));
    });

  return {
    requestNew: () =>
      editor.exclusive(async () => {
        if (await mayDiscard('Starting a new design')) editor.openDialog('new');
      }),

    create,

    createFromProduct: (spec: NewDesignSpec) =>
      editor.exclusive(async () => {
        if (await mayDiscard('Starting a new design')) create(spec);
      }),

    /** The start screen lists these; a failure leaves the list empty and says why. */
    recent: async (): Promise<FileHandle[] | null> => {
      const result = await client.call('file:recent', {});
      if (result.ok) return result.value.files;
      editor.report('error', result.error.message);
      return null;
    },

    open: () =>
      editor.exclusive(async () => {
        if (await mayDiscard('Opening another design')) await opened(await client.call('file:open', {}));
      }),

    openRecent: (fileId: string) =>
      editor.exclusive(async () => {
        if (await mayDiscard('Opening another design')) await opened(await client.call('file:openRecent', { fileId }));
      }),

    save: async () => {
      const { design, file } = editor.getState();
      if (!file) return saveAs();
      await editor.exclusive(async () => saved(design, await client.call('file:save', { fileId: file.id, design })));
    },

    saveAs,
  };
}
