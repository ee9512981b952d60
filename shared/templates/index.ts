export * from './schema';
export { labelSize, type Size } from './geometry';
export { sheetCells, type SheetCell } from './cells';
export { layoutGaps } from './gaps';
export { sheetIssues, type SheetIssue } from './issues';
export { parseCatalogue, templateKey, type Catalogue, type CatalogueError } from './catalogue';
export { builtinCatalogue } from './builtin';
export { PAPER_SIZES, paperSheet, parseGrid, parsePaper, surfaceLabelShape, type PaperLayout, type PaperSheetError } from './paper-sheet';
