import type { SurfaceShape } from '../../shared/model';

const BOX = 44;

/** The label's outline at its true proportions, so a 10 × 3 in wrap looks unlike a 2 in circle. */
export function ProductThumb({ shape, width, height }: { shape: SurfaceShape; width: number; height: number }) {
  const k = BOX / Math.max(width, height);
  const w = Math.max(2, width * k);
  const h = Math.max(2, height * k);
  const x = (BOX - w) / 2 + 2;
  const y = (BOX - h) / 2 + 2;
  const r = shape.kind === 'roundedRect' ? Math.min(shape.radius * k, w / 2, h / 2) : 0;
  return (
    <svg className="thumb" viewBox={`0 0 ${BOX + 4} ${BOX + 4}`} width={BOX + 4} height={BOX + 4} aria-hidden="true" focusable="false">
      {shape.kind === 'round' || shape.kind === 'ellipse' ? <ellipse cx={x + w / 2} cy={y + h / 2} rx={w / 2} ry={h / 2} /> : <rect x={x} y={y} width={w} height={h} rx={r} />}
    </svg>
  );
}
