/**
 * Everything shared/pdf takes from the pdf-lib family, in one file: the object model (dictionaries, arrays,
 * names, streams and their serialization), its Flate compressor and its PNG decoder. The writer never uses
 * `PDFDocument`, `drawText` or `embedFont` (see README.md for why and for the library choice); swapping
 * pdf-lib 1.17.1 back in is a change to this file only.
 */
export {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFHexString,
  PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';
export { default as UPNG } from '@cantoo/pdf-lib/upng';
