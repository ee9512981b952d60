import { breakOpportunities } from './break-opportunities';
import { measure, type ShapedParagraph } from './shape-paragraph';

/** A line as a range of one paragraph, trailing spaces excluded; width in em. */
export interface LineSpan {
  paragraph: number;
  start: number;
  end: number;
  width: number;
}

export interface FitRequest {
  width: number;
  /** Undefined on an arc, where only the length along the arc counts. */
  height: number | undefined;
  wrap: boolean;
  maxLines: number;
  lineSpacing: number;
  /** The frame's size; the largest size when shrinking. */
  size: number;
  /** Set to shrink: the smallest size allowed. */
  minSize: number | undefined;
}

export interface FitResult {
  size: number;
  lines: LineSpan[];
  overflow: boolean;
}

const SLACK = 1e-9;

export function lineHeight(p: ShapedParagraph, lineSpacing: number): number {
  return (p.ascent + p.descent) * lineSpacing;
}

/** Lines at one width, and the smallest width (em) at which greedy breaking would join two of them. */
interface Breaking {
  lines: LineSpan[];
  joinsAt: number;
}

/** Greedy line breaking of one paragraph at `maxWidth` em; a word wider than a line keeps a line of its own. */
function breakParagraph(p: ShapedParagraph, index: number, maxWidth: number, opportunities: () => number[]): Breaking {
  const line = (start: number, end: number): LineSpan => {
    const measured = measure(p, start, end);
    return { paragraph: index, start, end: measured.end, width: measured.width };
  };
  const whole = line(0, p.text.length);
  if (whole.width <= maxWidth + SLACK) return { lines: [whole], joinsAt: Infinity };
  const lines: LineSpan[] = [];
  let joinsAt = Infinity;
  let start = 0;
  let fitting = -1;
  for (const position of opportunities()) {
    const width = measure(p, start, position).width;
    if (width <= maxWidth + SLACK) {
      fitting = position;
      continue;
    }
    joinsAt = Math.min(joinsAt, width);
    if (fitting > start) {
      lines.push(line(start, fitting));
      start = fitting;
    }
    if (measure(p, start, position).width <= maxWidth + SLACK) fitting = position;
    else {
      lines.push(line(start, position));
      start = position;
    }
  }
  if (start < p.text.length || !lines.length) lines.push(line(start, p.text.length));
  return { lines, joinsAt };
}

/**
 * Chooses the size and the lines: the frame's size, or when shrinking the largest size in [minSize, size]
 * at which the lines fit the width, the height and `maxLines`. Walks down through the line breakings greedy
 * wrapping produces as the size shrinks (each holds over a range of sizes, and within it the size that fits
 * is known exactly), so the result is exact and needs only a breaking or two for a name.
 */
export function fitText(paragraphs: readonly ShapedParagraph[], request: FitRequest): FitResult {
  const breaks = new Map<number, number[]>();
  const opportunities = (i: number) => () => {
    let found = breaks.get(i);
    if (!found) breaks.set(i, (found = breakOpportunities(paragraphs[i]!.text)));
    return found;
  };
  const { width, height = Infinity, maxLines, minSize } = request;
  const lineHeights = paragraphs.map((p) => lineHeight(p, request.lineSpacing));
  /** Greedy lines `maxWidth` em wide, and the largest size at which they fit the frame (0: too many lines). */
  const breakAt = (maxWidth: number): Breaking & { fitsUpTo: number; tall: number } => {
    const lines: LineSpan[] = [];
    let joinsAt = Infinity;
    paragraphs.forEach((p, i) => {
      const breaking = breakParagraph(p, i, maxWidth, opportunities(i));
      lines.push(...breaking.lines);
      joinsAt = Math.min(joinsAt, breaking.joinsAt);
    });
    let widest = 0;
    let tall = 0;
    for (const line of lines) {
      widest = Math.max(widest, line.width);
      tall += lineHeights[line.paragraph]!;
    }
    const fitsUpTo = lines.length > maxLines ? 0 : Math.min(width / widest, height / tall);
    return { lines, joinsAt, fitsUpTo, tall };
  };
  const breakAtSize = (size: number) => breakAt(request.wrap ? width / size : Infinity);

  if (minSize !== undefined && request.wrap) {
    // Wrapping adds at least one line; when a paragraph per line already fits at the size that one more line's
    // height allows, or uses every line, no wrapping can fit larger.
    const unwrapped = breakAt(Infinity);
    const best = Math.min(request.size, unwrapped.fitsUpTo);
    const wrappedFitsUpTo = height / (unwrapped.tall + Math.min(...lineHeights));
    if (best >= minSize && (best >= wrappedFitsUpTo || unwrapped.lines.length >= maxLines)) return { size: best, lines: unwrapped.lines, overflow: false };
  }
  let size = request.size;
  for (;;) {
    const breaking = breakAtSize(size);
    const best = Math.min(size, breaking.fitsUpTo);
    if (minSize === undefined) return { size, lines: breaking.lines, overflow: best < size * (1 - SLACK) };
    // Below this size the lines would join into fewer, so this breaking's own fit only counts above it.
    const joins = width / breaking.joinsAt;
    if (best >= minSize && best > joins * (1 + SLACK)) return { size: best, lines: breaking.lines, overflow: false };
    if (joins < minSize || breaking.joinsAt === Infinity) return { size: minSize, lines: breakAtSize(minSize).lines, overflow: true };
    size = joins;
  }
}
