import { FabricObject } from 'fabric';
import type { Surface } from '../../shared/model';
import { bleedBox } from '../editor/viewport';
import { surfaceOutlines, traceOutline, type Outline, type SurfaceOutlines } from './outline';

/** Drawn under and over the design to show the product; never selectable, never in the model. */
abstract class SurfaceLayer extends FabricObject {
  protected surface!: Surface;

  constructor(surface: Surface) {
    super({
      originX: 'left',
      originY: 'top',
      strokeWidth: 0,
      selectable: false,
      evented: false,
      hasControls: false,
      excludeFromExport: true,
      objectCaching: false,
    });
    this.setSurface(surface);
  }

  setSurface(surface: Surface): void {
    this.surface = surface;
    const box = bleedBox(surface);
    this.set({ left: box.x, top: box.y, width: box.width, height: box.height });
    this.setCoords();
  }

  override _render(ctx: CanvasRenderingContext2D): void {
    // Fabric hands us the context at the layer's centre; the outlines are in trim-box coordinates.
    ctx.save();
    ctx.translate(-this.surface.width / 2, -this.surface.height / 2);
    this.paint(ctx, surfaceOutlines(this.surface));
    ctx.restore();
  }

  protected abstract paint(ctx: CanvasRenderingContext2D, outlines: SurfaceOutlines): void;
}

const PAPER = '#ffffff';
const BLEED_AREA = '#fbeeee';

/** The label itself: the bleed area tinted, since it is printed but cut away. */
export class SurfacePaper extends SurfaceLayer {
  static override type = 'NamesakeSurfacePaper';

  protected paint(ctx: CanvasRenderingContext2D, { bleed, trim }: SurfaceOutlines): void {
    ctx.shadowColor = 'rgba(0, 0, 0, 0.2)';
    ctx.shadowBlur = 12;
    ctx.shadowOffsetY = 2;
    fill(ctx, bleed, this.surface.bleed > 0 ? BLEED_AREA : PAPER);
    ctx.shadowColor = 'transparent';
    if (this.surface.bleed > 0) fill(ctx, trim, PAPER);
  }
}

const GUIDE_COLORS = { trim: '#1d1d1f', bleed: '#d93a3a', safe: '#1f74d1' } as const;

/** Trim (solid), bleed (red dashes) and safe area (blue dashes), one screen pixel wide at any zoom. */
export class SurfaceGuides extends SurfaceLayer {
  static override type = 'NamesakeSurfaceGuides';

  protected paint(ctx: CanvasRenderingContext2D, { bleed, trim, safe }: SurfaceOutlines): void {
    const px = 1 / (this.canvas?.getZoom() ?? 1);
    ctx.lineWidth = px;
    if (this.surface.bleed > 0) stroke(ctx, bleed, GUIDE_COLORS.bleed, [5 * px, 3 * px]);
    if (safe) stroke(ctx, safe, GUIDE_COLORS.safe, [2 * px, 3 * px]);
    stroke(ctx, trim, GUIDE_COLORS.trim, []);
  }
}

function fill(ctx: CanvasRenderingContext2D, o: Outline, color: string): void {
  ctx.beginPath();
  traceOutline(ctx, o);
  ctx.fillStyle = color;
  ctx.fill();
}

function stroke(ctx: CanvasRenderingContext2D, o: Outline, color: string, dash: number[]): void {
  ctx.beginPath();
  traceOutline(ctx, o);
  ctx.setLineDash(dash);
  ctx.strokeStyle = color;
  ctx.stroke();
}
