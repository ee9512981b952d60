import { ascii } from './bytes';
import { PDFContext, type PDFRawStream } from './lib';

/** Compresses bytes to the zlib format (RFC 1950) that PDF's FlateDecode reads. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

/**
 * A PDFContext whose Flate streams (`flateStream`: content, fonts, images, ICC profiles) are compressed by
 * `deflate`; without it pdf-lib's own pure-JavaScript compressor. Node passes its native zlib, several times
 * faster: compression was the largest single cost of a batch export.
 */
export function pdfContext(deflate?: Deflate): PDFContext {
  const context = PDFContext.create();
  if (deflate) {
    context.flateStream = (contents, dict = {}) =>
      context.stream(deflate(typeof contents === 'string' ? ascii(contents) : contents), { ...dict, Filter: 'FlateDecode' });
  }
  return context;
}

/** Below this, Flate saves a few bytes and costs a compressor setup per stream (the bulk of pdf-lib's time on 10k tiny pages). */
const COMPRESS_FROM = 512;

type StreamDict = Parameters<PDFContext['stream']>[1];

/** A content stream object, Flate-compressed when that is worth it. */
export function contentObject(context: PDFContext, bytes: Uint8Array, dict: StreamDict, compress: boolean): PDFRawStream {
  return compress && bytes.length >= COMPRESS_FROM ? context.flateStream(bytes, dict) : context.stream(bytes, dict);
}
