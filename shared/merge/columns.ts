/**
 * The columns of an imported table. Source columns come from the header; platform readers add derived
 * ones as they meet them (a personalization label first seen on row 900), so the list only grows and
 * a row shorter than the list reads as blank in the missing places.
 */
export class Columns {
  readonly names: string[];
  private readonly byKey = new Map<string, number>();
  /** Derived columns by the name asked for, which differs from the name given on a clash. */
  private readonly derivedByKey = new Map<string, number>();

  constructor(header: readonly string[]) {
    this.names = [];
    header.forEach((raw, i) => this.add(uniqueName(raw.trim() || `Column ${i + 1}`, this.byKey)));
  }

  /** The index of a source or derived column by name, ignoring case. */
  find(name: string): number {
    return this.byKey.get(keyOf(name)) ?? -1;
  }

  /**
   * The index of the derived column `name`, added on first use. A derived name that a source column
   * already has gets `(from)` after it, so the file's own column is never overwritten.
   */
  derived(name: string, from: string): number {
    const wanted = name.trim() || from;
    const key = keyOf(wanted);
    const known = this.derivedByKey.get(key);
    if (known !== undefined) return known;
    const index = this.add(uniqueName(this.byKey.has(key) ? `${wanted} (${from})` : wanted, this.byKey));
    this.derivedByKey.set(key, index);
    return index;
  }

  private add(name: string): number {
    this.names.push(name);
    this.byKey.set(keyOf(name), this.names.length - 1);
    return this.names.length - 1;
  }
}

function keyOf(name: string): string {
  return name.toLowerCase();
}

/** `name`, or `name (2)`, `name (3)`… when taken: two columns may not share a name. */
function uniqueName(name: string, taken: ReadonlyMap<string, number>): string {
  if (!taken.has(keyOf(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(keyOf(candidate))) return candidate;
  }
}

/** Sets a cell, padding a short row with blanks. */
export function setCell(cells: string[], index: number, value: string): void {
  while (cells.length < index) cells.push('');
  cells[index] = value;
}
