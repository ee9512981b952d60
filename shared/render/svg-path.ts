import type { PathCommand } from './display-list';

/** How many parameters each SVG path command takes. */
const ARITY: Readonly<Record<string, number>> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
const TOKEN = /\s*,?\s*([MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/y;
/** Arc flags may be written without separators ("a1 1 0 00 1 1"): read them one character at a time. */
const FLAG = /\s*,?\s*([01])/y;

export interface PathData {
  commands: PathCommand[];
  /** Set when the data held an error: SVG renders the path up to it, and so does this. */
  error?: string;
}

/**
 * SVG path data (`d`) → absolute M/L/Q/C/Z commands, the display list's vocabulary: H and V become lines,
 * S and T reflect their control points, arcs become cubic Béziers. Stops at `maxCommands` commands.
 */
export function parsePathData(d: string, maxCommands: number): PathData {
  const commands: PathCommand[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  /** The last control point, for S and T; reset by any other command. */
  let [cx, cy] = [0, 0];
  let previous = '';
  let op = '';
  let at = 0;

  const number = (): number | undefined => {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(d);
    if (!m || /[A-Za-z]/.test(m[1]!)) return undefined;
    at = TOKEN.lastIndex;
    return Number(m[1]);
  };
  const flag = (): number | undefined => {
    FLAG.lastIndex = at;
    const m = FLAG.exec(d);
    if (!m) return undefined;
    at = FLAG.lastIndex;
    return Number(m[1]);
  };

  while (commands.length < maxCommands) {
    TOKEN.lastIndex = at;
    const next = TOKEN.exec(d);
    if (!next) {
      return /\S/.test(d.slice(at)) ? { commands, error: `unreadable path data near “${d.slice(at, at + 12).trim()}”` } : { commands };
    }
    if (/[A-Za-z]/.test(next[1]!)) {
      op = next[1]!;
      at = TOKEN.lastIndex;
    } else if (!op || op === 'Z' || op === 'z') return { commands, error: 'path data must start with a move (M)' };
    const upper = op.toUpperCase();
    const relative = op !== upper;
    const args: number[] = [];
    for (let i = 0; i < ARITY[upper]!; i++) {
      const value = upper === 'A' && (i === 3 || i === 4) ? flag() : number();
      if (value === undefined) return { commands, error: `the ${upper} command lacks numbers` };
      args.push(value);
    }
    const [ox, oy] = relative ? [x, y] : [0, 0];
    switch (upper) {
      case 'M':
        [x, y] = [ox + args[0]!, oy + args[1]!];
        [startX, startY] = [x, y];
        commands.push(['M', x, y]);
        // Further pairs after a move are lines.
        op = relative ? 'l' : 'L';
        break;
      case 'L':
      case 'H':
      case 'V':
        if (upper !== 'V') x = ox + args[0]!;
        if (upper === 'V') y = (relative ? y : 0) + args[0]!;
        else if (upper === 'L') y = oy + args[1]!;
        commands.push(['L', x, y]);
        break;
      case 'C':
      case 'S': {
        const [x1, y1] = upper === 'C' ? [ox + args[0]!, oy + args[1]!] : /[CS]/i.test(previous) ? [2 * x - cx, 2 * y - cy] : [x, y];
        const rest = upper === 'C' ? args.slice(2) : args;
        [cx, cy] = [ox + rest[0]!, oy + rest[1]!];
        [x, y] = [ox + rest[2]!, oy + rest[3]!];
        commands.push(['C', x1, y1, cx, cy, x, y]);
        break;
      }
      case 'Q':
      case 'T': {
        [cx, cy] = upper === 'Q' ? [ox + args[0]!, oy + args[1]!] : /[QT]/i.test(previous) ? [2 * x - cx, 2 * y - cy] : [x, y];
        [x, y] = upper === 'Q' ? [ox + args[2]!, oy + args[3]!] : [ox + args[0]!, oy + args[1]!];
        commands.push(['Q', cx, cy, x, y]);
        break;
      }
      case 'A': {
        const [ex, ey] = [ox + args[5]!, oy + args[6]!];
        commands.push(...arcToCubics(x, y, args[0]!, args[1]!, args[2]!, args[3] === 1, args[4] === 1, ex, ey));
        [x, y] = [ex, ey];
        break;
      }
      case 'Z':
        commands.push(['Z']);
        [x, y] = [startX, startY];
        break;
    }
    previous = op;
  }
  return { commands };
}

/**
 * An elliptical arc (SVG's endpoint form) as cubic Béziers of at most 90° each, after the SVG spec's
 * appendix B: out-of-range radii are scaled up, zero radii make a line.
 */
function arcToCubics(x1: number, y1: number, rxIn: number, ryIn: number, degrees: number, large: boolean, sweep: boolean, x2: number, y2: number): PathCommand[] {
  if (x1 === x2 && y1 === y2) return [];
  let [rx, ry] = [Math.abs(rxIn), Math.abs(ryIn)];
  if (rx === 0 || ry === 0) return [['L', x2, y2]];
  const phi = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const [dx, dy] = [(x1 - x2) / 2, (y1 - y2) / 2];
  const [px, py] = [cos * dx + sin * dy, -sin * dx + cos * dy];
  const lambda = (px * px) / (rx * rx) + (py * py) / (ry * ry);
  if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
  const num = rx * rx * ry * ry - rx * rx * py * py - ry * ry * px * px;
  const den = rx * rx * py * py + ry * ry * px * px;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const [cxp, cyp] = [(k * rx * py) / ry, (-k * ry * px) / rx];
  const [cx, cy] = [cos * cxp - sin * cyp + (x1 + x2) / 2, sin * cxp + cos * cyp + (y1 + y2) / 2];
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta = angle(1, 0, (px - cxp) / rx, (py - cyp) / ry);
  let delta = angle((px - cxp) / rx, (py - cyp) / ry, (-px - cxp) / rx, (-py - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;

  const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / segments;
  const handle = (4 / 3) * Math.tan(step / 4);
  const point = (t: number, along = 0): [number, number] => {
    // A point on the unit circle at angle t, moved `along` its tangent, then scaled, rotated and centred.
    const [ux, uy] = [Math.cos(t) - along * Math.sin(t), Math.sin(t) + along * Math.cos(t)];
    return [cx + cos * rx * ux - sin * ry * uy, cy + sin * rx * ux + cos * ry * uy];
  };
  const out: PathCommand[] = [];
  for (let i = 0; i < segments; i++) {
    const [a, b] = [theta + i * step, theta + (i + 1) * step];
    const end = i === segments - 1 ? ([x2, y2] as [number, number]) : point(b);
    out.push(['C', ...point(a, handle), ...point(b, -handle), ...end]);
  }
  return out;
}
