import { parseArgs } from 'node:util';
import { parseGrid, parsePaper } from '../../shared/templates';
import { toPt, type LengthUnit } from '../../shared/units/length';
import type { ExportRequest } from '../services/export-request';
import type { JobFiles } from '../services/job-inputs';
import type { ProofRequest } from '../services/proof';
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

export interface PreflightArgs extends JobFiles {
  command: 'preflight';
  json: boolean;
}

export interface ProofArgs extends ProofRequest {
  command: 'proof';
  json: boolean;
}

export type CliArgs = ExportArgs | TemplatesArgs | PreflightArgs | ProofArgs | { command: 'help' };

export const USAGE = `usage:
  namesake export <design.namesake> --out <file.pdf> [--data <file>] [--map field=Column ...]
                  [--sheet <template-id> | --paper letter|a4|<W>x<H><unit> [--grid CxR] [--gap 2mm] [--margin 0.25in]]
                  [--start-cell N] [--bleed 3mm] [--marks crop|none] [--pdfx] [--json]
                  [--override "<reason>"] [--approved-only] [--order <column>]
                  [--per-record --name "{Order ID}-{name}.pdf" [--overwrite]]   (--out is then a folder)
  namesake preflight <design.namesake> [--data <file>] [--map field=Column ...] [--json]
  namesake proof <design.namesake> --data <file> --out <folder> [--map field=Column ...]
                 [--name "proof-{Order ID}.pdf"] [--order <column>] [--overwrite] [--json]
  namesake templates [--search text] [--json]`;

/** Parses argv (without node and the script); throws UsageError naming the bad option. */
export function parseCli(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'export') return exportArgs(rest);
  if (command === 'preflight') return preflightArgs(rest);
  if (command === 'proof') return proofArgs(rest);
  if (command === 'templates') {
    const { values } = parse(rest, { search: { type: 'string' }, json: { type: 'boolean' } }, false);
    return { command: 'templates', search: values.search as string | undefined, json: values.json === true };
  }
  throw new UsageError(`unknown command “${command}” (use export, preflight, proof or templates)`);
}

function exportArgs(rest: string[]): ExportArgs {
  const { values, positionals } = parse(
    rest,
    {
      out: { type: 'string', short: 'o' },
      data: { type: 'string' },
      map: { type: 'string', multiple: true },
      sheet: { type: 'string' },
      paper: { type: 'string' },
      grid: { type: 'string' },
      gap: { type: 'string' },
      margin: { type: 'string' },
      'start-cell': { type: 'string' },
      bleed: { type: 'string' },
      marks: { type: 'string' },
      pdfx: { type: 'boolean' },
      json: { type: 'boolean' },
      override: { type: 'string' },
      'approved-only': { type: 'boolean' },
      order: { type: 'string' },
      'per-record': { type: 'boolean' },
      name: { type: 'string' },
      overwrite: { type: 'boolean' },
    },
    true,
  );
  const design = oneDesign('export', positionals);
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('--out <file.pdf> is required');
  const marks = (values.marks as string | undefined) ?? 'none';
  if (marks !== 'crop' && marks !== 'none') throw new UsageError(`--marks is crop or none, not “${marks}”`);
  const maps = (values.map as string[] | undefined) ?? [];
  const data = values.data as string | undefined;
  if (maps.length && !data) throw new UsageError('--map needs --data: without data every field shows its sample value');
  const args: ExportArgs = { command: 'export', design, out, maps, marks, pdfx: values.pdfx === true, json: values.json === true };
  if (data !== undefined) args.data = data;
  if (values.bleed !== undefined) args.bleed = length('--bleed', values.bleed as string);
  return Object.assign(args, sheetOptions(values), batchOptions(values));
}

type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Where labels go: a catalogue sheet (`--sheet`), plain paper (`--paper`, with its grid, gap and margin), or one per page. */
function sheetOptions(values: OptionValues): Pick<ExportArgs, 'sheet' | 'paper' | 'startCell'> {
  const [sheet, paperText, grid, gap, margin, startCell] = (['sheet', 'paper', 'grid', 'gap', 'margin', 'start-cell'] as const).map((o) => values[o] as string | undefined);
  if (sheet !== undefined && paperText !== undefined) throw new UsageError('--sheet and --paper both say where labels go: use one');
  const paperOnly = (['grid', 'gap', 'margin'] as const).find((o) => values[o] !== undefined);
  if (paperOnly && paperText === undefined) throw new UsageError(`--${paperOnly} needs --paper`);
  if (startCell !== undefined && sheet === undefined && paperText === undefined) throw new UsageError('--start-cell needs --sheet or --paper');
  const options: Pick<ExportArgs, 'sheet' | 'paper' | 'startCell'> = {};
  if (sheet !== undefined) options.sheet = sheet;
  if (paperText !== undefined) {
    const paper = parsePaper(paperText);
    if (!paper.ok) throw new UsageError(`--paper: ${paper.error.message}`);
    options.paper = { paper: paper.value };
    if (grid !== undefined) {
      const parsed = parseGrid(grid);
      if (!parsed.ok) throw new UsageError(`--grid: ${parsed.error.message}`);
      options.paper.grid = parsed.value;
    }
    if (gap !== undefined) options.paper.gap = length('--gap', gap);
    if (margin !== undefined) options.paper.margin = length('--margin', margin);
  }
  if (startCell !== undefined) options.startCell = positiveInteger('--start-cell', startCell);
  return options;
}

/** Export's options about which records print and into which files: override, approved orders, per-record files. */
function batchOptions(values: OptionValues): Pick<ExportArgs, 'override' | 'approvedOnly' | 'orderColumn' | 'perRecord'> {
  const options: Pick<ExportArgs, 'override' | 'approvedOnly' | 'orderColumn' | 'perRecord'> = {};
  const override = values.override as string | undefined;
  if (override !== undefined && override.trim() === '') throw new UsageError('--override needs a reason, like --override "customer approved the small print"');
  if (override !== undefined) options.override = override.trim();
  if (values['approved-only'] === true) options.approvedOnly = true;
  if (values.order !== undefined) options.orderColumn = values.order as string;
  const name = values.name as string | undefined;
  if (values['per-record'] !== true) {
    if (name !== undefined || values.overwrite) throw new UsageError(`${name !== undefined ? '--name' : '--overwrite'} needs --per-record`);
    return options;
  }
  if (!name) throw new UsageError('--per-record needs --name with a file-name pattern, like --name "{Order ID}-{name}.pdf"');
  return { ...options, perRecord: { name, overwrite: values.overwrite === true } };
}

function preflightArgs(rest: string[]): PreflightArgs {
  const { values, positionals } = parse(rest, { data: { type: 'string' }, map: { type: 'string', multiple: true }, json: { type: 'boolean' } }, true);
  const design = oneDesign('preflight', positionals);
  const maps = (values.map as string[] | undefined) ?? [];
  const data = values.data as string | undefined;
  if (maps.length && !data) throw new UsageError('--map needs --data: without data every field shows its sample value');
  return { command: 'preflight', design, maps, json: values.json === true, ...(data === undefined ? {} : { data }) };
}

function proofArgs(rest: string[]): ProofArgs {
  const { values, positionals } = parse(
    rest,
    {
      data: { type: 'string' },
      map: { type: 'string', multiple: true },
      out: { type: 'string', short: 'o' },
      name: { type: 'string' },
      order: { type: 'string' },
      overwrite: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    true,
  );
  const design = oneDesign('proof', positionals);
  const data = values.data as string | undefined;
  if (!data) throw new UsageError('proof needs --data <file>: a proof is made for each order in it');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('--out <folder> is required: one proof PDF per order is written there');
  const args: ProofArgs = { command: 'proof', design, data, maps: (values.map as string[] | undefined) ?? [], out, overwrite: values.overwrite === true, json: values.json === true };
  if (values.name !== undefined) args.name = values.name as string;
  if (values.order !== undefined) args.orderColumn = values.order as string;
  return args;
}

function oneDesign(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `${command} takes one design file, not ${positionals.length}` : `${command} needs a design file (design.namesake)`);
  return positionals[0]!;
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
