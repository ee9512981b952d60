import { err, ok, type Result } from '../result';
import { importError, type ImportError, type ProblemLog } from './problems';
import type { TableRow } from './row';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A JSON list of orders → header and rows, as if it were a CSV: columns are the keys in order of first
 * appearance, nested objects become dotted columns (`shipping.name`), lists stay JSON text, and every
 * value is text. A top-level object is searched for its first list of objects (`{"orders": [...]}`).
 * Row numbers count items from 1. An item that is not an object is reported and left out.
 */
export function readJsonTable(text: string, problems: ProblemLog): Result<{ header: string[]; rows: TableRow[] }, ImportError> {
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch (e) {
    return err(jsonError(text, (e as Error).message));
  }
  const items = Array.isArray(doc) ? doc : isObject(doc) ? Object.values(doc).find((v) => Array.isArray(v) && v.some(isObject)) : undefined;
  if (!Array.isArray(items)) {
    return err(importError('not-a-table', null, null, 'the JSON file holds no list of orders (expected [{…}, {…}])'));
  }
  const flat: Array<{ row: number; values: Map<string, string> }> = [];
  const header = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isObject(item)) {
      problems.add('not-an-object', i + 1, null, 'this item is not an object with named values and was left out');
      return;
    }
    const values = new Map<string, string>();
    flatten(item, '', values);
    for (const key of values.keys()) if (!header.has(key)) header.set(key, header.size);
    flat.push({ row: i + 1, values });
  });
  const names = [...header.keys()];
  const rows = flat.map(({ row, values }) => ({ row, cells: names.map((n) => values.get(n) ?? '') }));
  return ok({ header: names, rows });
}

function flatten(value: { [key: string]: Json }, prefix: string, out: Map<string, string>): void {
  for (const [key, v] of Object.entries(value)) {
    const name = prefix + key;
    if (isObject(v)) flatten(v, `${name}.`, out);
    else out.set(name, v === null ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
}

/** JSON.parse says "at position N" (Node) — turned into a line and column a text editor can find. */
function jsonError(text: string, detail: string): ImportError {
  const position = /position (\d+)/.exec(detail);
  if (!position) return importError('bad-json', null, null, `the file is not valid JSON (${detail})`);
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { code: 'bad-json', row: line, column, message: `line ${line}, column ${column}: the file is not valid JSON (${detail})` };
}
