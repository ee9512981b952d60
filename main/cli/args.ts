import { parseArgs } from 'node:util';
import { toPt, type LengthUnit } from '../../shared/units/length';
import type { ExportRequest } from '../services/export-request';
import { UsageError } from './usage-error';

export interface ExportArgs extends ExportRequest {
  command: 'export';
  json: boolean;
}

export interface TemplatesArgs {
  command: 'templates';
  search?: string;
  json: boolean;
}

export type CliArgs = ExportArgs | TemplatesArgs | { command: 'help' };

export const USAGE = `usage:
  namesake export <design.namesake> --out <file.pdf> [--data <file>] [--map field=Column ...]
                  [--sheet <template-id>] [--start-cell N] [--bleed 3mm] [--marks crop|none] [--pdfx] [--json]
  namesake templates [--search text] [--json]`;

/** Parses argv (without node and the script); throws UsageError naming the bad option. */
export function parseCli(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'export') return exportArgs(rest);
  if (command === 'templates') {
    const { values } = parse(rest, { search: { type: 'string' }, json: { type: 'boolean' } }, false);
    return { command: 'templates', search: values.search as string | undefined, json: values.json === true };
  }
  throw new UsageError(`unknown command “${command}” (use export or templates)`);
}

function exportArgs(rest: string[]): ExportArgs {
  const { values, positionals } = parse(
    rest,
    {
      out: { type: 'string', short: 'o' },
      data: { type: 'string' },
      map: { type: 'string', multiple: true },
      sheet: { type: 'string' },
      'start-cell': { type: 'string' },
      bleed: { type: 'string' },
      marks: { type: 'string' },
      pdfx: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `export takes one design file, not ${positionals.length}` : 'export needs a design file (design.namesake)');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('--out <file.pdf> is required');
  const marks = (values.marks as string | undefined) ?? 'none';
  if (marks !== 'crop' && marks !== 'none') throw new UsageError(`--marks is crop or none, not “${marks}”`);
  const maps = (values.map as string[] | undefined) ?? [];
  const data = values.data as string | undefined;
  if (maps.length && !data) throw new UsageError('--map needs --data: without data every field shows its sample value');
  const startCell = values['start-cell'] as string | undefined;
  if (startCell !== undefined && !values.sheet) throw new UsageError('--start-cell needs --sheet');
  const args: ExportArgs = { command: 'export', design: positionals[0]!, out, maps, marks, pdfx: values.pdfx === true, json: values.json === true };
  if (data !== undefined) args.data = data;
  if (values.sheet !== undefined) args.sheet = values.sheet as string;
  if (startCell !== undefined) args.startCell = positiveInteger('--start-cell', startCell);
  if (values.bleed !== undefined) args.bleed = length('--bleed', values.bleed as string);
  return args;
}

type Spec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function parse(args: string[], options: Spec, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    // parseArgs' messages name the option; its hints about `--` do not help here.
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

function positiveInteger(option: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${option} is a whole number from 1, not “${text}”`);
  return Number(text);
}

const LENGTH = /^(\d+(?:\.\d+)?|\.\d+)\s*(mm|in|pt)$/;

/** A length with its unit (3mm, 0.125in, 9pt), in points; a bare number is refused, since mm and in differ 25×. */
export function length(option: string, text: string): number {
  const match = LENGTH.exec(text.trim());
  if (!match) throw new UsageError(`${option} takes a length with a unit, like 3mm, 0.125in or 9pt, not “${text}”`);
  return toPt(Number(match[1]), match[2] as LengthUnit);
}
