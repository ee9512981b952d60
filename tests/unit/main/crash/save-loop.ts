/**
 * Child process for the crash test: saves over `target` in a loop until it is killed. Writes "ready"
 * once loaded, then "start N" and "done N" around the save of generation N (design name `gen-N`), with
 * synchronous writes so a line is out before the next step begins.
 */
import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { AssetCache } from '../../../../main/services/asset-cache';
import { saveProjectFile } from '../../../../main/services/project-file';
import { assetOf, sampleDesign } from '../fixtures';

const [target, lastGeneration, assetBytes] = process.argv.slice(2);
if (target === undefined || lastGeneration === undefined || assetBytes === undefined) {
  throw new Error('usage: save-loop <target> <last generation> <asset bytes>');
}
// A big asset makes each save long enough for kills to land inside its write.
const asset = assetOf(randomBytes(Number(assetBytes)));
const cache = new AssetCache();
cache.add(asset.bytes);

writeSync(1, 'ready\n');
for (let generation = Number(lastGeneration) + 1; ; generation++) {
  writeSync(1, `start ${generation}\n`);
  await saveProjectFile(target, sampleDesign(`gen-${generation}`, asset), cache);
  writeSync(1, `done ${generation}\n`);
}
