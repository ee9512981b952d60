import type { PDFContext, PDFRawStream } from './lib';

/** Below this, Flate saves a few bytes and costs a compressor setup per stream (the bulk of pdf-lib's time on 10k tiny pages). */
const COMPRESS_FROM = 512;

type StreamDict = Parameters<PDFContext['stream']>[1];

/** A content stream object, Flate-compressed when that is worth it. */
export function contentObject(context: PDFContext, bytes: Uint8Array, dict: StreamDict, compress: boolean): PDFRawStream {
  return compress && bytes.length >= COMPRESS_FROM ? context.flateStream(bytes, dict) : context.stream(bytes, dict);
}
