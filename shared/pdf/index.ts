/** Display list → print-ready PDF (PRINT.md). See README.md. */
export { PdfWriter, writePdf, type PdfOptions, type PdfResult } from './writer';
export { Subsetter } from './fonts/hb-subset';
export type { Deflate } from './streams';
export type { FontLookup, TextMode } from './fonts/document-fonts';
export type { ImageSource } from './images/image-xobjects';
export type { PdfSink } from './output';
export type { DocumentInfo, PdfXOptions } from './pdfx';
export type { FontSource } from './text-engine';
