import type { Color } from '../../../shared/model/color';
import { PdfWriter } from '../../../shared/pdf';
import type { DisplayItem, SharedArtwork } from '../../../shared/render/display-list';
import { circlePath, fixture, rectPath, textEngine, textItems } from './samples';

/**
 * PDF writer bench (the `run()` contract of scripts/bench.mjs): one label per page, shared artwork (frame in a
 * spot colour, logo PNG, a static line, a cut line) plus one variable name per record from a multi-script
 * pool laid out beforehand, so this measures the writer alone. Pages stream to a sink that only counts
 * bytes. Prints seconds, bytes and peak RSS for 1k, 10k and 20k records: the time per page must stay flat.
 */
const SIZES = [1_000, 10_000, 20_000, 40_000];
const NAMES = ['Emma Müller', 'Zoë Ångström', 'Nguyễn Thị Hồng', 'محمد علي', 'فاطمة الحسن', 'נועה כהן', 'अनन्या शर्मा', 'สมชาย ใจดี', 'さくら 田中', '김민준', '王芳', 'Σοφία', 'Анна Иванова', "Liam O'Brien", 'José García'];

export async function run(): Promise<Record<string, unknown>> {
  const { library, subsetter } = await textEngine();
  const ink: Color = { space: 'cmyk', c: 0.9, m: 0.6, y: 0, k: 0.2 };
  const gold: Color = { space: 'spot', name: 'Gold 871', tint: 1, alternate: { space: 'cmyk', c: 0.2, m: 0.3, y: 0.6, k: 0.2 } };
  const logo = fixture('logo-alpha.png');
  const artwork: SharedArtwork = {
    id: 'label-art',
    items: [
      { kind: 'path', path: rectPath(4, 4, 181, 64), stroke: { color: gold, width: 1.5 } },
      { kind: 'image', asset: 'logo', matrix: [30, 0, 0, 20, 150, 8] },
      ...textItems(library, 'Handmade with love', { x: 10, y: 50 }, { box: { width: 130, height: 14 }, font: 'lora-regular', size: 9 }, ink),
      { kind: 'dieline', role: 'cut', path: circlePath(94.5, 36, 34), strokeWidth: 0.5 },
    ],
  };
  const names: DisplayItem[][] = NAMES.map((name) =>
    textItems(library, name, { x: 10, y: 12 }, { box: { width: 135, height: 30 }, font: 'noto-sans-regular', size: 18, fit: 'shrink' }, ink),
  );
  const results: Record<string, unknown>[] = [];
  for (const records of SIZES) {
    let peak = process.memoryUsage().rss;
    const start = performance.now();
    let bytes = 0;
    const writer = new PdfWriter({ subsetter, fonts: (id) => library.get(id), images: () => logo, marks: 'crop', sink: (c) => (bytes += c.length) });
    for (let i = 0; i < records; i++) {
      const added = writer.addLabel({ surfaceId: 'front', width: 189, height: 72, bleed: 9, items: [{ kind: 'shared', artwork }, ...names[i % names.length]!] });
      if (!added.ok) throw new Error(added.error.message);
      if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const result = writer.finish();
    const seconds = (performance.now() - start) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    results.push({ records, pages: result.pages, seconds: +seconds.toFixed(3), bytes, usPerPage: Math.round((seconds * 1e6) / records), peakRssMb: Math.round(peak / 1e6) });
  }
  return { results };
}
