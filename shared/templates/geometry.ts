import type { LabelShape } from './schema';

export interface Size {
  width: number;
  height: number;
}

/**
 * The label's trim box: what a layout's (x0, y0) positions and what must fit on the paper. Round labels
 * and CDs are their diameter square, unless a business-card CD is clipped narrower.
 */
export function labelSize(shape: LabelShape): Size {
  switch (shape.kind) {
    case 'rect':
    case 'ellipse':
      return { width: shape.width, height: shape.height };
    case 'round':
      return { width: 2 * shape.radius, height: 2 * shape.radius };
    case 'cd':
      return { width: shape.width ?? 2 * shape.radius, height: shape.height ?? 2 * shape.radius };
  }
}
