import type { PDFContext, PDFRef } from './lib';
import type { PdfOutput } from './output';

/** Kids per page-tree node: 10,000 pages make a tree three levels deep. */
export const PAGE_TREE_FANOUT = 32;

interface TreeNode {
  ref: PDFRef;
  kids: PDFRef[];
  count: number;
  parent?: PDFRef;
}

/**
 * A balanced /Pages tree built in linear time. pdf-lib's `addPage` keeps one flat /Kids array and is
 * quadratic (PRINT.md: 10k/20k/40k pages took 1.4/6.2/19.6 s). Here each page learns its leaf's object number
 * when it is written; the leaves and the levels above them are written once, at the end.
 */
export class PageTree {
  private readonly leaves: TreeNode[] = [];

  constructor(
    private readonly output: PdfOutput,
    private readonly fanout = PAGE_TREE_FANOUT,
  ) {}

  get pageCount(): number {
    return this.leaves.reduce((sum, leaf) => sum + leaf.count, 0);
  }

  /** The /Parent of the next page; call `add` with the page once it has a number. */
  nextParent(): PDFRef {
    const last = this.leaves[this.leaves.length - 1];
    if (last && last.count < this.fanout) return last.ref;
    const leaf = { ref: this.output.allocate(), kids: [], count: 0 };
    this.leaves.push(leaf);
    return leaf.ref;
  }

  add(page: PDFRef): void {
    const leaf = this.leaves[this.leaves.length - 1];
    if (!leaf || leaf.count >= this.fanout) throw new Error('PageTree.add without nextParent');
    leaf.kids.push(page);
    leaf.count++;
  }

  /** Writes every /Pages node and returns the root for the catalog. */
  finish(context: PDFContext): PDFRef {
    if (this.leaves.length === 0) this.leaves.push({ ref: this.output.allocate(), kids: [], count: 0 });
    const nodes = [...this.leaves];
    let level = this.leaves;
    while (level.length > 1) {
      const parents: TreeNode[] = [];
      for (let i = 0; i < level.length; i += this.fanout) {
        const children = level.slice(i, i + this.fanout);
        const parent: TreeNode = { ref: this.output.allocate(), kids: children.map((c) => c.ref), count: 0 };
        for (const child of children) {
          child.parent = parent.ref;
          parent.count += child.count;
        }
        parents.push(parent);
      }
      nodes.push(...parents);
      level = parents;
    }
    for (const node of nodes) {
      const parent = node.parent ? { Parent: node.parent } : {};
      this.output.writeObject(node.ref, context.obj({ Type: 'Pages', ...parent, Kids: node.kids, Count: node.count }));
    }
    return level[0]!.ref;
  }
}
