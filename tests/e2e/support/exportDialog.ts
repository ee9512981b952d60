import type { Studio } from './studio';

/** Exports the open design through File › Export (Ctrl+E) as one label per page, the Save dialog answering `pdf`. */
export async function exportThroughDialog(studio: Studio, pdf: string, options: { cropMarks?: boolean } = {}): Promise<void> {
  await studio.page.keyboard.press('Control+E');
  const dialog = studio.page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('radio', { name: 'One label per page' }).check();
  await dialog.getByLabel('Crop marks').setChecked(options.cropMarks ?? false);
  studio.host.dialogs.nextSave(pdf);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('status').filter({ hasText: `Exported ${pdf.split(/[\\/]/).pop()}` }).waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'detached' });
}
