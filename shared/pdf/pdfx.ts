import { hex, utf8 } from './bytes';
import { Hash128 } from './hash';
import { PDFHexString, PDFString, type PDFContext, type PDFDict, type PDFRef } from './lib';
import type { PdfOutput } from './output';

/** PDF/X-4 output: the printing condition the CMYK values are meant for. */
export interface PdfXOptions {
  /** The CMYK output profile's bytes (e.g. shared/data/icc/coated-fogra39-generic.icc, read by the caller). */
  outputProfile: Uint8Array;
  /** A registered characterization name, e.g. "FOGRA39". */
  outputConditionIdentifier: string;
  /** A human-readable description of the condition. */
  outputCondition: string;
  /** sRGB profile bytes: RGB colours and images are tagged with it, as PDF/X-4 forbids device RGB here. */
  rgbProfile: Uint8Array;
}

export interface DocumentInfo {
  title?: string;
  creator?: string;
  /** /Keywords and the XMP's pdf:Keywords (a preflight override's recorded reason, for one). */
  keywords?: string;
  /** Fixed in tests so the same document gives the same bytes. */
  createdAt?: Date;
}

const PRODUCER = 'Namesake';
const PDFX_VERSION = 'PDF/X-4';

const pad = (n: number) => String(n).padStart(2, '0');

function pdfDate(d: Date): string {
  return `D:${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function xmpDate(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** A PDF text string: literal when plain ASCII (readable in the file), UTF-16 hex otherwise. */
const text = (s: string) => (/^[\x20-\x7e]*$/.test(s) && !/[()\\]/.test(s) ? PDFString.of(s) : PDFHexString.fromText(s));

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The document information dictionary; PDF/X wants /Trapped and /GTS_PDFXVersion in it, matching the XMP. */
export function infoDict(context: PDFContext, info: DocumentInfo, created: Date, pdfx: boolean): PDFDict {
  return context.obj({
    ...(info.title ? { Title: text(info.title) } : {}),
    ...(info.creator ? { Creator: text(info.creator) } : {}),
    ...(info.keywords ? { Keywords: text(info.keywords) } : {}),
    Producer: text(PRODUCER),
    CreationDate: text(pdfDate(created)),
    ModDate: text(pdfDate(created)),
    ...(pdfx ? { Trapped: 'False', GTS_PDFXVersion: text(PDFX_VERSION) } : {}),
  });
}

/** A deterministic UUID for the XMP document and instance ids, from the document's title and date. */
function uuid(seed: string): string {
  const h = hex(new Hash128().update(seed).digest()).toLowerCase();
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The XMP packet PDF/X-4 requires: the same facts as the info dictionary, plus the PDF/X version. */
function xmpPacket(info: DocumentInfo, created: Date): string {
  const date = xmpDate(created);
  const title = info.title ? `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>` : '';
  const tool = info.creator ? `<xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool>` : '';
  const keywords = info.keywords ? `<pdf:Keywords>${xml(info.keywords)}</pdf:Keywords>` : '';
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
<dc:format>application/pdf</dc:format>
${title}
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
${tool}
<pdf:Producer>${PRODUCER}</pdf:Producer>
${keywords}
<pdf:Trapped>False</pdf:Trapped>
<xmpMM:DocumentID>${uuid(`${info.title ?? ''}\u0000${date}`)}</xmpMM:DocumentID>
<xmpMM:InstanceID>${uuid(`${info.title ?? ''}\u0000${date}\u0000instance`)}</xmpMM:InstanceID>
<xmpMM:RenditionClass>default</xmpMM:RenditionClass>
<xmpMM:VersionID>1</xmpMM:VersionID>
<pdfxid:GTS_PDFXVersion>${PDFX_VERSION}</pdfxid:GTS_PDFXVersion>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Writes the output intent (with its ICC profile) and the XMP metadata; returns the catalog entries. */
export function writePdfX(context: PDFContext, output: PdfOutput, pdfx: PdfXOptions, info: DocumentInfo, created: Date): { OutputIntents: PDFDict[]; Metadata: PDFRef } {
  const profile = output.allocate();
  output.writeObject(profile, context.flateStream(pdfx.outputProfile, { N: 4 }));
  const metadata = output.allocate();
  // Uncompressed, so tools that look for the packet by scanning the file find it.
  output.writeObject(metadata, context.stream(utf8(xmpPacket(info, created)), { Type: 'Metadata', Subtype: 'XML' }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: text(pdfx.outputConditionIdentifier),
    OutputCondition: text(pdfx.outputCondition),
    RegistryName: text('http://www.color.org'),
    Info: text(pdfx.outputCondition),
    DestOutputProfile: profile,
  });
  return { OutputIntents: [intent], Metadata: metadata };
}
