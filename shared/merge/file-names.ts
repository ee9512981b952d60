import { err, ok, type AppError, type Result } from '../result';
import { nameKey } from './names';

/** What a `{…}` of a file-name pattern names: a design field (its merged value) or a data column (the raw cell). */
export type NameRef = { kind: 'field'; name: string } | { kind: 'column'; name: string };

/** `{Order ID}-{name}.pdf` parsed: literal text and references, in order. */
export interface NamePattern {
  parts: readonly (string | NameRef)[];
}

const TOKEN = /\{+([^{}]*)\}+/g;
const EXTENSION = '.pdf';

/**
 * Parses a file-name pattern. `{…}` names a field or a column, exactly or ignoring case and punctuation
 * (fields first: they hold the value as printed); anything unknown is an error listing what exists.
 * A pattern not ending in `.pdf` gets it.
 */
export function parseNamePattern(pattern: string, names: { fields: readonly string[]; columns: readonly string[] }): Result<NamePattern, AppError> {
  const parts: (string | NameRef)[] = [];
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    parts.push(pattern.slice(last, match.index));
    const ref = resolve(match[1]!.trim(), names);
    if (!ref) {
      const known = [...names.fields, ...names.columns].slice(0, 12).map((n) => `{${n}}`);
      return err({ code: 'bad-name-pattern', message: `--name: {${match[1]}} is neither a field nor a column (use ${known.join(', ') || 'a field or column name'})` });
    }
    parts.push(ref);
    last = match.index + match[0].length;
  }
  parts.push(pattern.slice(last));
  if (!pattern.toLowerCase().endsWith(EXTENSION)) parts.push(EXTENSION);
  return ok({ parts: parts.filter((p) => p !== '') });
}

function resolve(name: string, names: { fields: readonly string[]; columns: readonly string[] }): NameRef | null {
  if (names.fields.includes(name)) return { kind: 'field', name };
  if (names.columns.includes(name)) return { kind: 'column', name };
  const key = nameKey(name);
  const field = names.fields.find((f) => nameKey(f) === key);
  if (field !== undefined) return { kind: 'field', name: field };
  const column = names.columns.find((c) => nameKey(c) === key);
  return column === undefined ? null : { kind: 'column', name: column };
}

/** The pattern with each reference replaced by its value: a raw name, not yet safe for a file system. */
export function fillNamePattern(pattern: NamePattern, valueOf: (ref: NameRef) => string): string {
  return pattern.parts.map((p) => (typeof p === 'string' ? p : valueOf(p))).join('');
}

/** Characters no common file system accepts in a name (Windows' list includes the others'), and `/`. */
const FORBIDDEN = /[<>:"/\\|?*]/g;
/** Controls that hide or reorder what a name shows (U+202E makes “fdp.exe” look like “exe.pdf”). */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Windows device names, reserved with any extension and in any case. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
/** Room for the name within every file system's 255-byte limit, leaving space for a “ (99)” suffix. */
const MAX_BASE_BYTES = 200;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function utf8Length(s: string): number {
  let bytes = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * A raw name made safe on Windows, macOS and Linux: line breaks and runs of spaces become one space,
 * separators and other forbidden characters `_`, invisible controls go; no leading dots or trailing dots
 * and spaces; device names (CON, NUL…) get a leading `_`; at most 200 UTF-8 bytes before the extension, cut between
 * characters. Always ends in `.pdf`; an empty name becomes `untitled.pdf`.
 */
export function sanitizeFileName(raw: string): string {
  let base = raw.normalize('NFC');
  if (base.toLowerCase().endsWith(EXTENSION)) base = base.slice(0, -EXTENSION.length);
  base = base.replace(/\s+/g, ' ').replace(INVISIBLE, '').replace(FORBIDDEN, '_');
  base = tidyEnds(truncate(tidyEnds(base), MAX_BASE_BYTES));
  if (base === '') base = 'untitled';
  // Windows reserves the device name before the first dot whatever follows, so the mark goes in front.
  if (RESERVED.test(base.split('.')[0]!.trimEnd())) base = `_${base}`;
  return base + EXTENSION;
}

/** Windows drops trailing dots and spaces (two names would become one); a leading dot hides a file on Unix. */
function tidyEnds(name: string): string {
  return name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

function truncate(name: string, maxBytes: number): string {
  if (utf8Length(name) <= maxBytes) return name;
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(name)) {
    bytes += utf8Length(segment);
    if (bytes > maxBytes) break;
    out += segment;
  }
  return out;
}

/** How file systems that ignore case (Windows, macOS) compare names. */
const collisionKey = (name: string) => name.normalize('NFC').toUpperCase();

/**
 * Sanitized, distinct names for raw names in order: a name that would clash with an earlier one (after
 * sanitizing, ignoring case) becomes “name (2).pdf”, “name (3).pdf”…
 */
export function uniqueFileNames(raws: readonly string[]): string[] {
  const taken = new Set<string>();
  return raws.map((raw) => {
    const name = sanitizeFileName(raw);
    let candidate = name;
    for (let n = 2; taken.has(collisionKey(candidate)); n++) candidate = `${name.slice(0, -EXTENSION.length)} (${n})${EXTENSION}`;
    taken.add(collisionKey(candidate));
    return candidate;
  });
}

/** Items grouped by a key, groups in order of first appearance, items in order within them. */
export function groupInOrder<T>(items: Iterable<T>, key: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, list]) => ({ key: k, items: list }));
}
