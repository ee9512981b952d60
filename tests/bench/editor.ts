import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AssetCache } from '../../main/services/asset-cache';
import { saveProjectFile } from '../../main/services/project-file';
import { createDesign, createShape, createText, type Design } from '../../shared/model';
import { openStudio } from '../e2e/support/studio';

/**
 * Editor bench (the `run()` contract of scripts/bench.mjs): the cost of one frame while dragging a selected
 * object, with 5 and with 300 objects on the canvas, in Debian Chromium against the test host. Target: the
 * 300-object frame costs at most 2× the 5-object frame.
 *
 * A frame's cost is measured in the page, without the automation round trip: the time the pointer-move handlers
 * take, plus the time from the frame's start to the end of Fabric's render in that frame (our animation-frame
 * callback is queued after Fabric's, so it runs once the render is done).
 */
const SIZES = [5, 300];
const WARMUP = 20;
const STEPS = 200;
const INCH = 72;

/** `count` objects in a grid on a 6 × 4 in label: a third texts (multi-script), the rest rectangles and ellipses. */
export function crowdedDesign(count: number): Design {
  const design = createDesign({ name: `Crowd ${count}`, unit: 'in', width: 6 * INCH, height: 4 * INCH, shape: { kind: 'rect' }, bleed: 9, safeMargin: 9 });
  const surface = design.surfaces[0]!;
  const cols = Math.ceil(Math.sqrt(count * 1.5));
  const cell = { width: surface.width / cols, height: surface.height / Math.ceil(count / cols) };
  const words = ['Emma', 'Zoë', 'محمد', 'אנה', 'अनन्या', 'สมชาย', 'さくら'];
  for (let i = 0; i < count; i++) {
    const box = { x: (i % cols) * cell.width, y: Math.floor(i / cols) * cell.height, width: cell.width * 0.9, height: cell.height * 0.9 };
    const object =
      i % 3 === 0
        ? { ...createText(surface.id, box, words[i % words.length]), width: box.width, height: box.height }
        : createShape(surface.id, i % 3 === 1 ? 'rect' : 'ellipse', box);
    design.objects.push(object);
    surface.objectIds.push(object.id);
  }
  return design;
}

export async function run(): Promise<Record<string, unknown>> {
  const folder = await mkdtemp(join(tmpdir(), 'namesake-editor-bench-'));
  const frameMs: Record<number, number> = {};
  const studio = await openStudio();
  try {
    for (const count of SIZES) {
      const path = join(folder, `crowd-${count}.namesake`);
      await saveProjectFile(path, crowdedDesign(count), new AssetCache());
      studio.host.dialogs.nextOpen(path);
      await studio.host.sendMenu('open');
      // The previous run's drag left changes; opening the next design asks before discarding them.
      const discard = studio.page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' });
      if (count !== SIZES[0]) await discard.click();
      await until(async () => (await studio.design()).objects.length === count, async () => `the ${count}-object design did not open: ${await studio.status().textContent()}`);
      frameMs[count] = await dragCost(studio.page, (await studio.design()).objects[0]!, await studio.view());
    }
  } finally {
    await studio.close();
    await rm(folder, { recursive: true, force: true });
  }
  const ratio = frameMs[300]! / frameMs[5]!;
  return { frameMs5: round(frameMs[5]!), frameMs300: round(frameMs[300]!), ratio: round(ratio), target: 2, pass: ratio <= 2 };
}

/** Polls from Node: the page's own waiting (rAF-driven) is what is being measured, so it must stay out of the way. */
async function until(done: () => Promise<boolean>, failure: () => Promise<string>): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(await failure());
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Mean per-frame cost (ms) of dragging `object` in small steps, after a warm-up. */
async function dragCost(page: Page, object: { x: number; y: number; width: number; height: number }, view: { zoom: number; x: number; y: number }): Promise<number> {
  const start = { x: view.x + (object.x + object.width / 2) * view.zoom, y: view.y + (object.y + object.height / 2) * view.zoom };
  return page.evaluate(
    async ({ start, warmup, steps }) => {
      const target = document.querySelector('.canvas-host .upper-canvas') as HTMLCanvasElement;
      const box = target.getBoundingClientRect();
      const at = (dx: number) => ({ clientX: box.left + start.x + dx, clientY: box.top + start.y + dx / 3 });
      const pointer = (type: string, dx: number, buttons: number) =>
        target.dispatchEvent(new PointerEvent(type, { ...at(dx), bubbles: true, cancelable: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons }));
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame((ts) => resolve(performance.now() - ts)));
      pointer('pointerdown', 0, 1);
      await frame();
      let total = 0;
      for (let i = 1; i <= warmup + steps; i++) {
        const t0 = performance.now();
        pointer('pointermove', (i % 60) * 0.5, 1);
        const handlers = performance.now() - t0;
        const render = await frame();
        if (i > warmup) total += handlers + render;
      }
      pointer('pointerup', ((warmup + steps) % 60) * 0.5, 0);
      await frame();
      return total / steps;
    },
    { start, warmup: WARMUP, steps: STEPS },
  );
}
