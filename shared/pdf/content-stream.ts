import type { Matrix, Path } from '../render/display-list';
import { ascii } from './bytes';
import { ResourceScope } from './resources';

/** A coordinate to 1/1000 pt: far below what any printer resolves, and short in the file. */
export function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}

/** Matrix scale terms can be tiny (a glyph outline's size / unitsPerEm), so they keep six decimals. */
function fine(n: number): string {
  const r = Math.round(n * 1e6) / 1e6;
  return r === 0 ? '0' : String(r);
}

/** Path construction operators; PDF has no quadratic curve, so Q becomes the equivalent cubic. */
export function pathOperators(path: Path): string {
  const ops: string[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const c of path) {
    switch (c[0]) {
      case 'M':
        [, x, y] = c;
        [startX, startY] = [x, y];
        ops.push(`${num(x)} ${num(y)} m`);
        break;
      case 'L':
        [, x, y] = c;
        ops.push(`${num(x)} ${num(y)} l`);
        break;
      case 'Q': {
        const [, qx, qy, ex, ey] = c;
        const c1 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)];
        const c2 = [ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)];
        ops.push(`${num(c1[0]!)} ${num(c1[1]!)} ${num(c2[0]!)} ${num(c2[1]!)} ${num(ex)} ${num(ey)} c`);
        [x, y] = [ex, ey];
        break;
      }
      case 'C': {
        const [, ax, ay, bx, by, ex, ey] = c;
        ops.push(`${num(ax)} ${num(ay)} ${num(bx)} ${num(by)} ${num(ex)} ${num(ey)} c`);
        [x, y] = [ex, ey];
        break;
      }
      case 'Z':
        ops.push('h');
        [x, y] = [startX, startY];
        break;
    }
  }
  return ops.join('\n');
}

/** A content stream (page or Form XObject) under construction, with the resources it uses. */
export class ContentStream {
  private readonly parts: string[] = [];
  readonly resources = new ResourceScope();

  op(operator: string): this {
    this.parts.push(operator);
    return this;
  }

  transform(m: Matrix): this {
    return this.op(`${fine(m[0])} ${fine(m[1])} ${fine(m[2])} ${fine(m[3])} ${num(m[4])} ${num(m[5])} cm`);
  }

  textMatrix(m: Matrix): this {
    return this.op(`${fine(m[0])} ${fine(m[1])} ${fine(m[2])} ${fine(m[3])} ${num(m[4])} ${num(m[5])} Tm`);
  }

  rect(x: number, y: number, width: number, height: number): this {
    return this.op(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re`);
  }

  path(path: Path): this {
    return this.op(pathOperators(path));
  }

  bytes(): Uint8Array {
    return ascii(this.parts.join('\n'));
  }
}
