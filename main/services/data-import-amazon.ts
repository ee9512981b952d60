import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseAmazonCustomization, type AmazonCustomization, type ImportedTable, type ImportError, type ImportOptions, type ImportProblem } from '../../shared/merge';
import type { Result } from '../../shared/result';
import { importDataFile } from './data-import';
import { fileError } from './fs-errors';
import { readZip, type ZipLimits } from './zip-reader';

/** One customization zip holds a JSON, an XML and maybe a preview image: a few MB at most. */
export const AMAZON_ZIP_LIMITS: ZipLimits = {
  maxEntries: 50,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};
const MAX_ZIP_BYTES = 64 * 1024 * 1024;

/**
 * Reads Amazon Custom customization zips (one per order item, as downloaded from `customized-url`)
 * into customizations by order-item-id. The id comes from the JSON, else from the zip's file name.
 * A zip that cannot be read is reported and skipped; the report rows it belonged to are then reported
 * as missing their customization by the importer.
 */
export async function readAmazonCustomizations(
  zipPaths: readonly string[],
): Promise<{ customizations: Map<string, AmazonCustomization>; problems: ImportProblem[] }> {
  const customizations = new Map<string, AmazonCustomization>();
  const problems: ImportProblem[] = [];
  const report = (file: string, what: string): void => {
    problems.push({ code: 'bad-customization', row: null, column: null, message: `“${file}”: ${what}` });
  };
  for (const path of zipPaths) {
    const file = basename(path);
    let entries: Map<string, Buffer>;
    try {
      if ((await stat(path)).size > MAX_ZIP_BYTES) {
        report(file, 'the zip is larger than a customization can be');
        continue;
      }
      entries = await readZip(await readFile(path), AMAZON_ZIP_LIMITS, (name) => name.toLowerCase().endsWith('.json'));
    } catch (e) {
      report(file, e instanceof Error && !('code' in e) ? `not readable (${e.message})` : fileError(e, file, 'open').message);
      continue;
    }
    const json = [...entries.values()][0];
    if (!json) {
      report(file, 'the zip holds no customization JSON');
      continue;
    }
    const parsed = parseAmazonCustomization(json.toString('utf8').replace(/^\uFEFF/, ''));
    if (!parsed.ok) {
      report(file, parsed.error.message);
      continue;
    }
    const id = parsed.value.orderItemId ?? basename(file, extname(file));
    if (customizations.has(id)) report(file, `a second customization for order item ${id}; the first one is used`);
    else customizations.set(id, parsed.value);
  }
  return { customizations, problems };
}

/** An Amazon order report joined with its items' customization zips; zip problems come first. */
export async function importAmazonCustom(
  reportPath: string,
  zipPaths: readonly string[],
  options: ImportOptions = {},
): Promise<Result<ImportedTable, ImportError>> {
  const { customizations, problems } = await readAmazonCustomizations(zipPaths);
  const result = await importDataFile(reportPath, { ...options, inputs: { ...options.inputs, amazon: customizations } });
  if (!result.ok) return result;
  const table = result.value;
  return { ok: true, value: { ...table, problems: [...problems, ...table.problems], problemCount: table.problemCount + problems.length } };
}
