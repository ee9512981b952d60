import { createBarcode, type BarcodeObject } from '../../shared/model';
import type { Editor } from './editor';
import { addObjects, round } from './edits';
import { updateObject } from './objectEdits';

const INCH = 72;
/** A bar code's box is this much as tall as it is wide; 2D codes are square. */
const BAR_CODE_ASPECT = 0.45;

const isSquare = (symbology: BarcodeObject['symbology']) => symbology === 'qrcode' || symbology === 'datamatrix';

/** A QR code, 1 in square (less on a small label), in the middle of the surface. */
export function addBarcode(editor: Editor): void {
  const { surface } = editor.getState();
  const side = round(Math.min(INCH, surface.width / 2, surface.height / 2));
  const box = { x: round((surface.width - side) / 2), y: round((surface.height - side) / 2), width: side, height: side };
  addObjects(editor, 'Add barcode', [createBarcode(surface.id, box)]);
}

/** Changes the symbology; going between a 2D code and a bar code reshapes the box about its centre to suit. */
export function setSymbology(editor: Editor, b: BarcodeObject, symbology: BarcodeObject['symbology']): void {
  if (symbology === b.symbology) return;
  const height = isSquare(symbology) === isSquare(b.symbology) ? b.height : round(isSquare(symbology) ? b.width : b.width * BAR_CODE_ASPECT);
  updateObject(editor, b.id, { symbology, height, y: round(b.y + (b.height - height) / 2) }, 'Change barcode type');
}
