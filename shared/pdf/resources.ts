import type { PDFContext, PDFRef } from './lib';
import type { PdfOutput } from './output';

export type ResourceCategory = 'Font' | 'XObject' | 'ColorSpace' | 'ExtGState';

/** A resource as content streams name it. Names are unique in the document, so any scope can list any resource. */
export interface Resource {
  category: ResourceCategory;
  name: string;
  ref: PDFRef;
}

/** The resources one content stream (a page or a Form XObject) uses. */
export class ResourceScope {
  private readonly used = new Map<string, Resource>();

  use(resource: Resource): string {
    this.used.set(resource.name, resource);
    return resource.name;
  }

  get entries(): Iterable<Resource> {
    return this.used.values();
  }

  /** Equal for scopes that use the same resources, whatever the order. */
  key(): string {
    return [...this.used.keys()].sort().join(' ');
  }
}

/**
 * Writes one /Resources dictionary per distinct set of resources: the thousands of pages of a batch that all
 * use the same fonts, forms and colours share a single dictionary.
 */
export class ResourceDictionaries {
  private readonly written = new Map<string, PDFRef>();

  constructor(
    private readonly context: PDFContext,
    private readonly output: PdfOutput,
  ) {}

  refFor(scope: ResourceScope): PDFRef {
    const key = scope.key();
    let ref = this.written.get(key);
    if (!ref) {
      const byCategory: Partial<Record<ResourceCategory, Record<string, PDFRef>>> = {};
      for (const { category, name, ref: target } of scope.entries) (byCategory[category] ??= {})[name] = target;
      ref = this.output.allocate();
      this.output.writeObject(ref, this.context.obj(byCategory));
      this.written.set(key, ref);
    }
    return ref;
  }
}
