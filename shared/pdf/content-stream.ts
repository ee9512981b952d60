import type { Matrix, Path } from '../render/display-list';
import { ResourceScope } from './resources';

/**
 * A coordinate to 1/1000 pt: far below what any printer resolves, and short in the file. Formatted from the
 * integer thousandths (what `String(Math.round(n * 1000) / 1000)` gives, without the slow double-to-string).
 */
export function num(n: number): string {
  const r = Math.round(n * 1000);
  if (r === 0) return '0';
  if (r % 1000 === 0) return String(r / 1000);
  const abs = r < 0 ? -r : r;
  const whole = Math.floor(abs / 1000);
  let fraction = abs - whole * 1000;
  let digits = 3;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  return `${r < 0 ? '-' : ''}${whole}.${String(fraction).padStart(digits, '0')}`;
}

/** Matrix scale terms can be tiny (a glyph outline's size / unitsPerEm), so they keep six decimals. */
function fine(n: number): string {
  const r = Math.round(n * 1e6) / 1e6;
  return r === 0 ? '0' : String(r);
}

/** Operators of paths drawn again and again (an imposed sheet's clip per label is one Path object). */
const written = new WeakMap<Path, string>();

/** Path construction operators; PDF has no quadratic curve, so Q becomes the equivalent cubic. */
export function pathOperators(path: Path): string {
  let ops = written.get(path);
  if (ops === undefined) written.set(path, (ops = operators(path)));
  return ops;
}

function operators(path: Path): string {
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

  /** The operators one per line, as bytes; written part by part, never as one long joined string. */
  bytes(): Uint8Array {
    const { parts } = this;
    let length = parts.length - 1;
    for (const part of parts) length += part.length;
    const bytes = new Uint8Array(Math.max(0, length));
    let at = 0;
    for (let p = 0; p < parts.length; p++) {
      if (p > 0) bytes[at++] = 10;
      const part = parts[p]!;
      for (let i = 0; i < part.length; i++) bytes[at++] = part.charCodeAt(i);
    }
    return bytes;
  }
}
