import type { Color } from '../../render/display-list';
import type { ContentStream } from '../content-stream';
import type { PDFContext, PDFRef } from '../lib';
import type { PdfOutput } from '../output';
import type { Resource } from '../resources';
import { separationColorSpace, type Cmyk } from './separation';

const n = (v: number) => String(Math.round(v * 10000) / 10000);

/**
 * Colour operators, exactly as the user chose: RGB as `rg`/`RG`, CMYK as `k`/`K`, a spot colour as its own
 * Separation colour space with `scn`/`SCN` and the tint — never converted (PRINT.md). Colour-space objects are
 * written once per document, the first time a colour needs them.
 */
export class ColorSpaces {
  private readonly separations = new Map<string, Resource>();
  private rgb: Resource | undefined;

  /**
   * @param rgbProfile PDF/X-4 forbids device RGB under a CMYK output intent; when given (an sRGB ICC profile),
   *   RGB colours and images are tagged with it instead. The numbers stay as chosen.
   */
  constructor(
    private readonly context: PDFContext,
    private readonly output: PdfOutput,
    private readonly rgbProfile?: Uint8Array,
  ) {}

  fill(content: ContentStream, color: Color): void {
    content.op(this.operator(content, color, false));
  }

  stroke(content: ContentStream, color: Color): void {
    content.op(this.operator(content, color, true));
  }

  /** The colour space for RGB image data: DeviceRGB, or the sRGB ICC space in PDF/X mode. */
  rgbImageSpace(): PDFRef | 'DeviceRGB' {
    return this.rgbProfile ? this.iccRgb().ref : 'DeviceRGB';
  }

  private operator(content: ContentStream, color: Color, stroking: boolean): string {
    switch (color.space) {
      case 'rgb': {
        const values = `${n(color.r)} ${n(color.g)} ${n(color.b)}`;
        if (!this.rgbProfile) return `${values} ${stroking ? 'RG' : 'rg'}`;
        const name = content.resources.use(this.iccRgb());
        return stroking ? `/${name} CS ${values} SC` : `/${name} cs ${values} sc`;
      }
      case 'cmyk':
        return `${n(color.c)} ${n(color.m)} ${n(color.y)} ${n(color.k)} ${stroking ? 'K' : 'k'}`;
      case 'spot': {
        const name = content.resources.use(this.separation(color.name, color.alternate));
        return stroking ? `/${name} CS ${n(color.tint)} SCN` : `/${name} cs ${n(color.tint)} scn`;
      }
    }
  }

  /** One colour space per ink name; the first alternate seen for a name is the one the document keeps. */
  private separation(name: string, alternate: Cmyk): Resource {
    let resource = this.separations.get(name);
    if (!resource) {
      resource = { category: 'ColorSpace', name: `CS${this.separations.size + 1}`, ref: this.output.allocate() };
      this.output.writeObject(resource.ref, separationColorSpace(this.context, name, alternate));
      this.separations.set(name, resource);
    }
    return resource;
  }

  private iccRgb(): Resource {
    if (!this.rgb) {
      const profile = this.output.allocate();
      this.output.writeObject(profile, this.context.flateStream(this.rgbProfile!, { N: 3 }));
      this.rgb = { category: 'ColorSpace', name: 'CSsRGB', ref: this.output.allocate() };
      this.output.writeObject(this.rgb.ref, this.context.obj(['ICCBased', profile]));
    }
    return this.rgb;
  }
}
