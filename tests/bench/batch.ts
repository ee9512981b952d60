import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssetCache } from '../../main/services/asset-cache';
import { exportPdf } from '../../main/services/export';
import type { ExportRecord } from '../../main/services/export-data';
import { exportEngine } from '../../main/services/export-engine';
import { openProjectFile } from '../../main/services/project-file';
import { builtinCatalogue } from '../../shared/templates';

/**
 * Batch export bench (the `run()` contract of scripts/bench.mjs): examples/avery-5160-names.namesake imposed on
 * Avery 5160 sheets for 1k, 10k and 100k deterministic multi-script records, streamed to a file. Prints one JSON
 * line per size (seconds, CPU seconds, bytes, peak RSS); targets: 10k ≤ 1.5 s and ≤ 3.5 MB, 100k within 11× the 10k time
 * with peak RSS ≤ 1.5× the 10k RSS.
 */
const SIZES = [1_000, 10_000, 100_000];
const FIRST = ['Emma', 'Zoë', 'Liam', 'José', 'Nguyễn Thị', 'محمد', 'فاطمة', 'נועה', 'अनन्या', 'สมชาย', 'さくら', '김민준', '王', 'Σοφία', 'Анна', 'Ingrid', 'Oluwaseun', 'Siobhán'];
const LAST = ['Müller', 'Ångström', "O'Brien", 'García', 'Hồng', 'علي', 'الحسن', 'כהן', 'शर्मा', 'ใจดี', '田中', '이', '芳', 'Παπαδοπούλου', 'Иванова', 'Nilsen', 'Adeyemi', 'Ní Bhriain'];
const MESSAGES = ['Thank you for your order!', 'Made with love, just for you', 'Enjoy every moment — and the candle', 'Happy birthday!', 'Merci et à bientôt', 'شكرا لك', 'ありがとうございます', 'Danke schön und viel Freude'];

/** Record i: a first and last name from the same script most of the time, a number to make it unique. */
function record(i: number): ExportRecord {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7 + (i >> 4)) % LAST.length]!;
  return { values: { name: `${first} ${last} ${i}`, message: MESSAGES[i % MESSAGES.length]! }, copies: 1, row: i + 2 };
}

export async function run(): Promise<Record<string, unknown>> {
  const assets = new AssetCache();
  const { design } = await openProjectFile(join(process.cwd(), 'examples/avery-5160-names.namesake'), assets);
  const sheet = builtinCatalogue().get('avery-5160')!;
  const engine = await exportEngine();
  for (const id of ['noto-sans-jp-regular', 'noto-sans-kr-regular', 'noto-sans-sc-regular']) await engine.library.load(id);
  const dir = mkdtempSync(join(tmpdir(), 'namesake-batch-'));
  const results: Record<string, number>[] = [];
  try {
    for (const records of SIZES) {
      // Generated as they are read, like rows streamed from a large file, so the batch itself takes no memory.
      const list = (function* () {
        for (let i = 0; i < records; i++) yield record(i);
      })();
      global.gc?.();
      let peak = process.memoryUsage().rss;
      const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
      // CPU time too: on a shared machine the wall-clock time also measures the neighbours.
      const cpu = process.cpuUsage();
      const done = await exportPdf({ design, asset: (id) => assets.get(id), records: list, total: records, out: join(dir, `batch-${records}.pdf`), sheet, marks: 'crop', onProgress: sample }, engine);
      if (!done.ok) throw new Error(done.error.message);
      sample();
      const used = process.cpuUsage(cpu);
      const cpuSeconds = +((used.user + used.system) / 1e6).toFixed(3);
      const result = { records, pages: done.value.pages, seconds: +done.value.seconds.toFixed(3), cpuSeconds, bytes: done.value.bytes, peakRssMb: Math.round(peak / 1e6) };
      console.log(JSON.stringify({ bench: 'batch', ...result }));
      results.push(result);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [, tenK, hundredK] = results as [unknown, Record<string, number>, Record<string, number>];
  return {
    targets: {
      '10k<=1.5s': tenK.seconds! <= 1.5,
      '10k<=3.5MB': tenK.bytes! <= 3.5e6,
      '100k<=11x time': hundredK.seconds! <= 11 * tenK.seconds!,
      '100k<=1.5x RSS': hundredK.peakRssMb! <= 1.5 * tenK.peakRssMb!,
    },
  };
}
