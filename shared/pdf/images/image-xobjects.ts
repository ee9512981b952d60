import { err, ok, type Result } from '../../result';
import type { ColorSpaces } from '../color/color-spaces';
import type { PDFContext } from '../lib';
import type { PdfOutput } from '../output';
import type { Resource } from '../resources';
import { isJpeg, jpegXObject, readJpeg } from './jpeg';
import { isPng, pngXObject, readPng } from './png';

/** The bytes of an image asset by its content address; main reads them from the project file. */
export type ImageSource = (asset: string) => Uint8Array | undefined;

/** Image XObjects, one per asset per document however many labels draw it. */
export class ImageXObjects {
  private readonly images = new Map<string, Resource>();

  constructor(
    private readonly context: PDFContext,
    private readonly output: PdfOutput,
    private readonly source: ImageSource,
    private readonly colors: ColorSpaces,
  ) {}

  use(asset: string): Result<Resource> {
    const known = this.images.get(asset);
    if (known) return ok(known);
    const bytes = this.source(asset);
    if (!bytes) return err({ code: 'pdf-image-missing', message: `The image ${asset.slice(0, 12)}… is missing from the project.` });
    const rgb = this.colors.rgbImageSpace();
    const jpeg = isJpeg(bytes) ? readJpeg(bytes) : undefined;
    const png = isPng(bytes) ? readPng(bytes) : undefined;
    const xobject = jpeg ? jpegXObject(this.context, bytes, jpeg, rgb) : png ? pngXObject(this.context, this.output, png, bytes, rgb) : undefined;
    if (!xobject) return err({ code: 'pdf-image-format', message: `The image ${asset.slice(0, 12)}… is not a JPEG or PNG file this export can read.` });
    const resource: Resource = { category: 'XObject', name: `Im${this.images.size + 1}`, ref: this.output.allocate() };
    this.output.writeObject(resource.ref, xobject);
    this.images.set(asset, resource);
    return ok(resource);
  }
}
