/**
 * Just enough of the CFF format (Adobe TN 5176) to embed a subset CFF font as CIDFontType0C with CID = GID.
 *
 * The content stream writes each glyph as a CID handed out in order of first use (1, 2, 3, …), which lets
 * pages be written before the document's glyph set is known. hb-subset numbers the subset's glyphs in order
 * of their original ids, and keeps a CID-keyed font's original CIDs in its charset. PRINT.md: for CFF the
 * CID → GID mapping must be identity or renderers disagree. So the subset's glyphs are permuted into
 * first-use order and the charset is rewritten as identity. Only offsets that hb-subset writes as 5-byte
 * integers are patched, which keeps every other byte of the font where it was.
 * (Asking hb-subset to retain glyph ids instead costs ~200 KB per CJK subset in empty glyphs.)
 */

const OP = { charset: 15, charStrings: 17, ros: 1230, fdSelect: 1237 } as const;

interface Operand {
  value: number;
  /** Where the operand starts, and whether it is a 5-byte integer that can be patched in place. */
  at: number;
  patchable: boolean;
}

interface Index {
  count: number;
  offSize: number;
  /** Item boundaries as absolute positions, count + 1 of them. */
  bounds: number[];
  start: number;
  end: number;
}

function readIndex(cff: Uint8Array, at: number): Index {
  const count = (cff[at]! << 8) | cff[at + 1]!;
  if (count === 0) return { count, offSize: 0, bounds: [], start: at, end: at + 2 };
  const offSize = cff[at + 2]!;
  const base = at + 2 + (count + 1) * offSize;
  const bounds: number[] = [];
  for (let i = 0; i <= count; i++) {
    let offset = 0;
    for (let j = 0; j < offSize; j++) offset = offset * 256 + cff[at + 3 + i * offSize + j]!;
    bounds.push(base + offset);
  }
  return { count, offSize, bounds, start: at, end: bounds[count]! };
}

/** The first operand of each operator in a DICT; escape operators are 1200 + second byte. */
function readDict(cff: Uint8Array, start: number, end: number): Map<number, Operand> {
  const dict = new Map<number, Operand>();
  let first: Operand | undefined;
  for (let i = start; i < end; ) {
    const b = cff[i]!;
    if (b <= 21) {
      const op = b === 12 ? 1200 + cff[i + 1]! : b;
      if (first) dict.set(op, first);
      first = undefined;
      i += b === 12 ? 2 : 1;
      continue;
    }
    let operand: Operand | undefined;
    if (b === 28) {
      operand = { value: ((cff[i + 1]! << 24) | (cff[i + 2]! << 16)) >> 16, at: i, patchable: false };
      i += 3;
    } else if (b === 29) {
      operand = { value: (cff[i + 1]! << 24) | (cff[i + 2]! << 16) | (cff[i + 3]! << 8) | cff[i + 4]!, at: i, patchable: true };
      i += 5;
    } else if (b === 30) {
      // A real number: nibbles up to an 0xf terminator. No offset is ever a real.
      i++;
      while (i < end && (cff[i]! & 0x0f) !== 0x0f && cff[i]! >> 4 !== 0x0f) i++;
      i++;
    } else if (b >= 32 && b <= 246) {
      operand = { value: b - 139, at: i, patchable: false };
      i++;
    } else if (b >= 247 && b <= 254) {
      const magnitude = (b & 3) * 256 + cff[i + 1]! + 108;
      operand = { value: b <= 250 ? magnitude : -magnitude, at: i, patchable: false };
      i += 2;
    } else return dict; // reserved byte: stop rather than misread
    first ??= operand;
  }
  return dict;
}

function fdOfGlyph(cff: Uint8Array, at: number, glyphs: number): Uint8Array | undefined {
  const fds = new Uint8Array(glyphs);
  if (cff[at] === 0) {
    fds.set(cff.subarray(at + 1, at + 1 + glyphs));
    return fds;
  }
  if (cff[at] !== 3) return undefined;
  const ranges = (cff[at + 1]! << 8) | cff[at + 2]!;
  for (let r = 0; r < ranges; r++) {
    const p = at + 3 + r * 3;
    const first = (cff[p]! << 8) | cff[p + 1]!;
    const next = (cff[p + 3]! << 8) | cff[p + 4]!;
    fds.fill(cff[p + 2]!, first, Math.min(next, glyphs));
  }
  return fds;
}

/** A charset's SID (name-keyed) or CID per glyph; glyph 0 is .notdef. */
function charsetOf(cff: Uint8Array, at: number, glyphs: number): Uint16Array | undefined {
  const ids = new Uint16Array(glyphs);
  const format = cff[at];
  let p = at + 1;
  for (let gid = 1; gid < glyphs; ) {
    const first = (cff[p]! << 8) | cff[p + 1]!;
    if (format === 0) {
      ids[gid++] = first;
      p += 2;
      continue;
    }
    if (format !== 1 && format !== 2) return undefined;
    const left = format === 1 ? cff[p + 2]! : (cff[p + 2]! << 8) | cff[p + 3]!;
    for (let k = 0; k <= left && gid < glyphs; k++) ids[gid++] = first + k;
    p += format === 1 ? 3 : 4;
  }
  return ids;
}

function patch(cff: Uint8Array, operand: Operand, value: number): void {
  cff.set([29, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff], operand.at);
}

/** Standard strings have fixed SIDs; hb-subset renumbers only the font's own strings. */
const STANDARD_STRINGS = 391;

interface ParsedCff {
  cidKeyed: boolean;
  charStrings: Index;
  charStringsAt: Operand;
  charsetAt: Operand;
  fdSelectAt?: Operand;
  fds?: Uint8Array;
  charset: Uint16Array;
  /** What identifies a glyph across subsetting: its CID, or its glyph name. */
  keys: string[];
}

function parseCff(cff: Uint8Array): ParsedCff | undefined {
  if (cff[0] !== 1) return undefined; // CFF2 has no charset and no names
  const names = readIndex(cff, cff[2]!);
  const tops = readIndex(cff, names.end);
  if (tops.count !== 1) return undefined;
  const strings = readIndex(cff, tops.end);
  const top = readDict(cff, tops.bounds[0]!, tops.bounds[1]!);
  const charStringsAt = top.get(OP.charStrings);
  const charsetAt = top.get(OP.charset);
  const fdSelectAt = top.get(OP.fdSelect);
  const cidKeyed = top.has(OP.ros);
  if (!charStringsAt || !charsetAt || (cidKeyed && !fdSelectAt)) return undefined;
  const charStrings = readIndex(cff, charStringsAt.value);
  const charset = charsetOf(cff, charsetAt.value, charStrings.count);
  const fds = cidKeyed ? fdOfGlyph(cff, fdSelectAt!.value, charStrings.count) : undefined;
  if (!charset || (cidKeyed && !fds)) return undefined;
  const name = (sid: number) => {
    const i = sid - STANDARD_STRINGS;
    return i < 0 ? `s${sid}` : `n${String.fromCharCode(...cff.subarray(strings.bounds[i], strings.bounds[i + 1]))}`;
  };
  const keys = Array.from(charset, (id) => (cidKeyed ? `c${id}` : name(id)));
  return { cidKeyed, charStrings, charStringsAt, charsetAt, fdSelectAt, fds, charset, keys };
}

/**
 * The subset CFF with its glyphs in code order: glyph `i` of the result is the original font's glyph
 * `glyphsByCode[i]` (glyphsByCode[0] is .notdef), followed by any glyph hb-subset added on its own (accent
 * components). A CID-keyed result gets an identity charset. Glyphs are matched between the fonts by CID or
 * glyph name, not by position. Returns undefined for fonts this cannot patch (CFF2, offsets hb-subset did not
 * write as 5-byte integers, unknown formats); the caller then draws outlines.
 */
export function cffInCodeOrder(subset: Uint8Array, original: Uint8Array, glyphsByCode: readonly number[]): Uint8Array | undefined {
  const source = parseCff(original);
  const cff = parseCff(subset);
  if (!source || !cff || !cff.charStringsAt.patchable || !cff.charsetAt.patchable || (cff.cidKeyed && !cff.fdSelectAt?.patchable)) return undefined;
  const subsetGid = new Map(cff.keys.map((key, gid) => [key, gid]));
  const order: number[] = [];
  for (const glyph of glyphsByCode) {
    const gid = subsetGid.get(source.keys[glyph] ?? '');
    if (gid === undefined) return undefined;
    order.push(gid);
  }
  const placed = new Set(order);
  for (let gid = 0; gid < cff.charStrings.count; gid++) if (!placed.has(gid)) order.push(gid);
  if (order.length !== cff.charStrings.count || order[0] !== 0) return undefined;
  return permute(subset, cff, order);
}

function permute(input: Uint8Array, cff: ParsedCff, order: readonly number[]): Uint8Array {
  const { charStrings, charset, fds } = cff;
  const glyphs = charStrings.count;
  // The new charset (and FDSelect) go after the old data; the CharStrings INDEX keeps its size and place.
  const newCharset = cff.cidKeyed
    ? glyphs > 1
      ? [2, 0, 1, ((glyphs - 2) >> 8) & 0xff, (glyphs - 2) & 0xff]
      : [0]
    : [0, ...order.slice(1).flatMap((g) => [charset[g]! >> 8, charset[g]! & 0xff])];
  const newFdSelect = fds ? [0, ...order.map((g) => fds[g]!)] : [];
  const out = new Uint8Array(input.length + newCharset.length + newFdSelect.length);
  out.set(input);

  const { start, offSize, bounds } = charStrings;
  let offset = 1;
  let data = start + 3 + (glyphs + 1) * offSize;
  for (let i = 0; i <= glyphs; i++) {
    for (let j = 0; j < offSize; j++) out[start + 3 + i * offSize + j] = (offset >>> (8 * (offSize - 1 - j))) & 0xff;
    if (i === glyphs) break;
    const item = input.subarray(bounds[order[i]!]!, bounds[order[i]! + 1]!);
    out.set(item, data);
    data += item.length;
    offset += item.length;
  }

  out.set(newCharset, input.length);
  patch(out, cff.charsetAt, input.length);
  if (cff.fdSelectAt && fds) {
    out.set(newFdSelect, input.length + newCharset.length);
    patch(out, cff.fdSelectAt, input.length + newCharset.length);
  }
  return out;
}
