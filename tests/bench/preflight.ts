import { join } from 'node:path';
import { AssetCache } from '../../main/services/asset-cache';
import { exportEngine } from '../../main/services/export-engine';
import { preflightRecords } from '../../main/services/preflight-run';
import { openProjectFile } from '../../main/services/project-file';
import type { PreflightRecord } from '../../shared/preflight';

/**
 * Preflight bench (the `run()` contract of scripts/bench.mjs): every record of a 10k batch checked on
 * examples/avery-5160-names.namesake through the export's own renderer, as `namesake export` does before
 * writing. Names are unique (each is laid out), messages repeat (their layouts are reused).
 */
const RECORDS = 10_000;
const NAMES = ['Emma Müller', 'Zoë Ångström', 'Nguyễn Thị Hồng', 'محمد علي', 'נועה כהן', 'अनन्या शर्मा', 'สมชาย ใจดี', 'さくら 田中', '김민준', 'Σοφία', 'Анна Иванова', "Liam O'Brien"];
const MESSAGES = ['Thank you for your order!', 'Made with love, just for you', 'Happy birthday!', 'Merci et à bientôt'];

export async function run(): Promise<Record<string, unknown>> {
  const assets = new AssetCache();
  const { design } = await openProjectFile(join(process.cwd(), 'examples/avery-5160-names.namesake'), assets);
  const engine = await exportEngine();
  for (const id of ['noto-sans-jp-regular', 'noto-sans-kr-regular', 'noto-sans-sc-regular']) await engine.library.load(id);
  const records: PreflightRecord[] = Array.from({ length: RECORDS }, (_, i) => ({ values: { name: `${NAMES[i % NAMES.length]} ${i}`, message: MESSAGES[i % MESSAGES.length]! }, row: i + 2 }));
  const runs: number[] = [];
  let cpuSeconds = 0;
  let report;
  for (let round = 0; round < 3; round++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    report = await preflightRecords({ design, assets, records }, engine);
    runs.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpu);
    cpuSeconds = (used.user + used.system) / 1e6;
  }
  if (!report?.ok) throw new Error(report?.error.message);
  const best = Math.min(...runs);
  return { records: RECORDS, seconds: +best.toFixed(3), lastRunCpuSeconds: +cpuSeconds.toFixed(3), msPerRecord: +((best * 1000) / RECORDS).toFixed(3), errors: report.value.errors, warnings: report.value.warnings };
}
