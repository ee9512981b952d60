import { ascii, hex } from './bytes';
import { Hash128 } from './hash';
import { PDFRef, type PDFObject } from './lib';

/** Receives the file in order, chunk by chunk (a file stream in main's export worker). */
export type PdfSink = (chunk: Uint8Array) => void;

const CHUNK = 256 * 1024;

/**
 * Writes a PDF file front to back: each indirect object is serialized the moment it is complete and then
 * forgotten, so memory stays flat however many pages follow. pdf-lib's own `save()` holds every object
 * until the end; here its objects only serialize themselves (`sizeInBytes` / `copyBytesInto`).
 * Object numbers are handed out before their objects exist, so a page can point at a font or a page-tree
 * node that is written at the very end.
 */
export class PdfOutput {
  private buffer = new Uint8Array(CHUNK);
  private used = 0;
  /** Bytes already handed to the sink. */
  private flushed = 0;
  /** Byte offset of each object by number; 0 until written. */
  private offsets: number[] = [0];
  private readonly hash = new Hash128();
  private readonly kept: Uint8Array[] = [];

  /** Without a sink, the chunks are kept and `bytes()` joins them. */
  constructor(private readonly sink?: PdfSink) {}

  get size(): number {
    return this.flushed + this.used;
  }

  allocate(): PDFRef {
    this.offsets.push(0);
    return PDFRef.of(this.offsets.length - 1);
  }

  header(version: string): void {
    // The comment of four bytes above 127 tells transfer tools the file is binary.
    this.write(ascii(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`));
  }

  writeObject(ref: PDFRef, object: PDFObject): void {
    if (this.offsets[ref.objectNumber] !== 0) throw new Error(`object ${ref.objectNumber} written twice`);
    this.offsets[ref.objectNumber] = this.size;
    this.write(ascii(`${ref.objectNumber} 0 obj\n`));
    const length = object.sizeInBytes();
    if (length > this.buffer.length - this.used) this.flush();
    if (length > this.buffer.length) {
      const big = new Uint8Array(length);
      object.copyBytesInto(big, 0);
      this.emit(big);
    } else {
      object.copyBytesInto(this.buffer, this.used);
      this.used += length;
    }
    this.write(ascii('\nendobj\n'));
  }

  /**
   * Writes the cross-reference table and the trailer. The /ID is a hash of every byte before it, so the same
   * document always gets the same identifier.
   */
  finish(root: PDFRef, info: PDFRef): void {
    const missing = this.offsets.findIndex((offset, n) => n > 0 && offset === 0);
    if (missing > 0) throw new Error(`object ${missing} was allocated but never written`);
    const xref = this.size;
    const lines = [`xref\n0 ${this.offsets.length}\n0000000000 65535 f\r\n`];
    for (let n = 1; n < this.offsets.length; n++) lines.push(`${String(this.offsets[n]).padStart(10, '0')} 00000 n\r\n`);
    this.write(ascii(lines.join('')));
    this.flush();
    const id = hex(this.hash.digest());
    this.write(
      ascii(`trailer\n<< /Size ${this.offsets.length} /Root ${root} /Info ${info} /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`),
    );
    this.flush();
  }

  /** The whole file, when no sink was given (empty otherwise). */
  bytes(): Uint8Array {
    if (this.sink) return new Uint8Array(0);
    const out = new Uint8Array(this.flushed);
    let at = 0;
    for (const chunk of this.kept) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private write(bytes: Uint8Array): void {
    if (bytes.length > this.buffer.length - this.used) this.flush();
    if (bytes.length > this.buffer.length) this.emit(bytes);
    else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    const chunk = this.buffer.subarray(0, this.used);
    this.buffer = new Uint8Array(CHUNK);
    this.used = 0;
    this.emit(chunk);
  }

  private emit(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.flushed += chunk.length;
    if (this.sink) this.sink(chunk);
    else this.kept.push(chunk);
  }
}
