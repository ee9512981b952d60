import { execFileSync } from 'node:child_process';

export interface PdfWord {
  /** 1-based. */
  page: number;
  text: string;
  /** Centre of the word's box, in points from the page's top left. */
  x: number;
  y: number;
}

/** Every word of the PDF with where it sits, from `pdftotext -bbox`. */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: i + 1,
        text: m[5]!,
        x: (Number(m[1]) + Number(m[3])) / 2,
        y: (Number(m[2]) + Number(m[4])) / 2,
      })),
    );
}
