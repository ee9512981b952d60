import type { PDFContext } from './lib';
import type { PdfOutput } from './output';
import type { Resource } from './resources';

/** ExtGState dictionaries, each written once per document. */
export class GraphicsStates {
  private readonly states = new Map<string, Resource>();

  constructor(
    private readonly context: PDFContext,
    private readonly output: PdfOutput,
  ) {}

  /**
   * Overprint with nonzero overprint mode: a die line adds its own plate and leaves the process plates
   * beneath it alone, so it never knocks a white line out of the art (PRINT.md).
   */
  overprint(): Resource {
    return this.state('GSop', { OP: true, op: true, OPM: 1 });
  }

  /** Constant alpha for stroking and filling. */
  opacity(alpha: number): Resource {
    const a = Math.round(alpha * 1000) / 1000;
    return this.state(`GSa${Math.round(a * 1000)}`, { CA: a, ca: a });
  }

  private state(name: string, entries: Record<string, boolean | number>): Resource {
    let resource = this.states.get(name);
    if (!resource) {
      resource = { category: 'ExtGState', name, ref: this.output.allocate() };
      this.output.writeObject(resource.ref, this.context.obj({ Type: 'ExtGState', ...entries }));
      this.states.set(name, resource);
    }
    return resource;
  }
}
