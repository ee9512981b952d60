import { ActiveSelection, type Canvas, type FabricObject } from 'fabric';

interface Layers {
  /** Everything under the lowest moving object, background included, as the screen showed it. */
  below: HTMLCanvasElement;
  /** Everything over the highest moving object, on a transparent layer. */
  above: HTMLCanvasElement;
  /** The moving objects and whatever lies between them in paint order: still painted live every frame. */
  live: FabricObject[];
  viewport: string;
}

type Painter = (ctx: CanvasRenderingContext2D, objects: FabricObject[]) => void;
/** Fabric's own paint steps, which it calls for every frame; reached on the instance to put the layers between them. */
interface PaintSteps {
  _renderBackground(ctx: CanvasRenderingContext2D): void;
  _renderObjects: Painter;
}

/**
 * While a gesture moves, sizes or turns objects, the objects it does not touch are painted once, into a layer
 * below and a layer above the moving ones, and each frame copies those layers instead of repainting every glyph
 * outline on the label: a crowded sheet drags as smoothly as an empty one. Paint order is kept exactly. When the
 * gesture ends, or the view pans or zooms, everything paints live again.
 */
export function attachDragLayers(canvas: Canvas): () => void {
  const steps = canvas as unknown as PaintSteps;
  const paintBackground = steps._renderBackground.bind(canvas);
  const paintObjects = steps._renderObjects.bind(canvas);
  let layers: Layers | null = null;

  const viewportKey = () => canvas.viewportTransform.join(',');

  function paintLayer(objects: FabricObject[], withBackground: boolean): HTMLCanvasElement {
    const target = canvas.getElement();
    const layer = document.createElement('canvas');
    layer.width = target.width;
    layer.height = target.height;
    const ctx = layer.getContext('2d')!;
    // Same device-pixel scaling as the screen's context, so the layer copies back pixel for pixel.
    ctx.setTransform(canvas.getContext().getTransform());
    if (withBackground) paintBackground(ctx);
    ctx.transform(...(canvas.viewportTransform as [number, number, number, number, number, number]));
    paintObjects(ctx, objects);
    return layer;
  }

  function copy(ctx: CanvasRenderingContext2D, layer: HTMLCanvasElement): void {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(layer, 0, 0);
    ctx.restore();
  }

  steps._renderBackground = (ctx) => {
    if (layers && (ctx !== canvas.getContext() || layers.viewport !== viewportKey())) layers = null;
    if (layers) copy(ctx, layers.below);
    else paintBackground(ctx);
  };
  steps._renderObjects = (ctx, objects) => {
    if (!layers || ctx !== canvas.getContext()) return paintObjects(ctx, objects);
    paintObjects(ctx, layers.live);
    copy(ctx, layers.above);
  };

  const offStart = canvas.on('before:transform', ({ transform }) => {
    const target = transform.target;
    const moving = new Set<FabricObject>(target instanceof ActiveSelection ? target.getObjects() : [target]);
    const all = canvas.getObjects();
    const indices = all.flatMap((object, i) => (moving.has(object) ? [i] : []));
    if (indices.length === 0) return;
    const first = Math.min(...indices);
    const last = Math.max(...indices);
    layers = {
      below: paintLayer(all.slice(0, first), true),
      above: paintLayer(all.slice(last + 1), false),
      live: all.slice(first, last + 1),
      viewport: viewportKey(),
    };
  });
  const offEnd = canvas.on('mouse:up', () => {
    if (!layers) return;
    layers = null;
    canvas.requestRenderAll();
  });

  return () => {
    offStart();
    offEnd();
    layers = null;
    steps._renderBackground = paintBackground;
    steps._renderObjects = paintObjects;
  };
}
