import { builtinCatalogue, labelSize, sheetCells, type SheetTemplate } from '../../shared/templates';
import type { TemplatesArgs } from './args';
import type { Io } from './io';

/** `namesake templates [--search text]`: one line per sheet (id, label size, labels per sheet, paper, description). */
export function runTemplates(args: TemplatesArgs, io: Io): void {
  const catalogue = builtinCatalogue();
  const found = args.search === undefined ? catalogue.templates : catalogue.search(args.search);
  if (args.json) {
    io.out(JSON.stringify(found.map((t) => ({ id: t.id, ...labelSize(t.shape), labels: sheetCells(t).length, paper: t.paper.id, description: t.description }))));
    return;
  }
  for (const t of found) io.out(line(t));
  if (!found.length) io.err(`no sheet templates match “${args.search}”`);
}

const inches = (pt: number) => +(pt / 72).toFixed(3);

function line(t: SheetTemplate): string {
  const size = labelSize(t.shape);
  const shape = t.shape.kind === 'rect' ? '' : ` ${t.shape.kind}`;
  return `${t.id.padEnd(24)} ${`${inches(size.width)} × ${inches(size.height)} in${shape}`.padEnd(26)} ${String(sheetCells(t).length).padStart(3)}/sheet  ${t.paper.id.padEnd(10)} ${t.description}`;
}
