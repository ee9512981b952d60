import type { Studio } from './studio';

export interface DroppedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** Drops files on the canvas as a file manager would: a DataTransfer built in the page, holding real Files. */
export async function dropFiles(studio: Studio, files: readonly DroppedFile[]): Promise<void> {
  const encoded = files.map((f) => ({ ...f, bytes: f.bytes.toString('base64') }));
  const dataTransfer = await studio.page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.bytes), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return transfer;
  }, encoded);
  const canvas = studio.page.locator('.canvas-host');
  await canvas.dispatchEvent('dragover', { dataTransfer });
  await canvas.dispatchEvent('drop', { dataTransfer });
}
