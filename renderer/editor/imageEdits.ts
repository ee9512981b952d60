import type { Client } from '../../shared/ipc/client';
import { IMAGE_LIMITS, type ImageInfo, type ImportedImage } from '../../shared/ipc/features/assets.contract';
import { newId, type ImageObject, type Surface } from '../../shared/model';
import type { Editor } from './editor';
import { round } from './edits';
import { imageAssets } from './imageAssets';
import { applyLayoutEdit } from './transact';

/**
 * A raster file that declares no density is placed at 300 ppi: the largest size at which it still prints
 * sharp (PRINT.md), so a fresh image never starts below print quality. A screen-style guess (72 or 96 ppi)
 * would place most files several times too large and at once under the warning threshold.
 */
const UNDECLARED_PPI = 300;

/** The size an image is placed at: the size its file asks for (or at 300 ppi), scaled down to fit the surface. */
export function placedSize(surface: Pick<Surface, 'width' | 'height'>, image: ImageInfo): { width: number; height: number } {
  const swapped = image.orientation >= 5;
  const physical = image.physical ?? {
    width: ((swapped ? image.height : image.width) * 72) / UNDECLARED_PPI,
    height: ((swapped ? image.width : image.height) * 72) / UNDECLARED_PPI,
  };
  const scale = Math.min(1, surface.width / physical.width, surface.height / physical.height);
  return { width: round(physical.width * scale), height: round(physical.height * scale) };
}

/** Places an image main has checked and cached: centred on the surface, at its physical size, as one undo step. */
function placeImage(editor: Editor, imported: ImportedImage): boolean {
  const { surface } = editor.getState();
  const { asset, image } = imported;
  const size = placedSize(surface, image);
  const object: ImageObject = {
    id: newId('o'),
    surfaceId: surface.id,
    name: asset.name,
    type: 'image',
    assetId: asset.id,
    fit: 'fit',
    x: round((surface.width - size.width) / 2),
    y: round((surface.height - size.height) / 2),
    ...size,
    rotation: 0,
    opacity: 1,
    locked: false,
    hidden: false,
  };
  const placed = applyLayoutEdit(editor, 'Add image', (tx) => {
    // The same picture placed twice shares one asset, as the project file stores it once.
    if (!tx.get('asset', asset.id)) tx.insert('asset', asset);
    tx.addObject(object);
  });
  if (!placed) return false;
  editor.select([object.id]);
  if (image.warnings.length) editor.report('info', `“${asset.name}” placed, with parts drawn differently from the file: ${image.warnings.join('; ')}.`);
  return true;
}

/** The toolbar's Image…: main shows the Open dialog, reads and checks the file. */
export function importImage(editor: Editor, client: Client): Promise<void> {
  return editor.exclusive(async () => {
    if (refusedWhileLocked(editor)) return;
    const answer = await client.call('assets:import', {});
    if (!answer.ok) editor.report('error', answer.error.message);
    else if (!answer.value.cancelled) placeImage(editor, answer.value);
  });
}

/** Files dropped on the canvas: the page reads their bytes, main checks them as it checks a chosen file. */
export function addImageFiles(editor: Editor, client: Client, files: readonly File[]): Promise<void> {
  return editor.exclusive(async () => {
    if (refusedWhileLocked(editor)) return;
    for (const file of files) {
      if (file.name.toLowerCase().endsWith('.namesake')) {
        editor.report('error', `“${file.name}” is a design, not an image: open it with Open….`);
        continue;
      }
      if (file.size > IMAGE_LIMITS.maxBytes) {
        editor.report('error', `“${file.name}” is larger than ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB; Namesake places images up to that size.`);
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const answer = await client.call('assets:add', { name: file.name || 'Dropped image', data: await base64(file) });
      if (!answer.ok) {
        editor.report('error', answer.error.message);
        continue;
      }
      imageAssets.put(answer.value.asset.id, answer.value.image, bytes);
      placeImage(editor, answer.value);
    }
  });
}

function refusedWhileLocked(editor: Editor): boolean {
  if (!editor.getState().personalize) return false;
  editor.report('error', 'The layout is locked: in personalize mode only field values can change. Unlock the layout to add images.');
  return true;
}

/** The browser's own base64 encoder: a data: URL of the file, without its prefix. */
function base64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
