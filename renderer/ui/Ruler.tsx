import { useEffect, useRef, useState } from 'react';
import { rulerTicks } from '../editor/rulerTicks';
import type { View } from '../editor/viewport';

const INK = '#5f6368';
const MAJOR = 9;
const MINOR = 4;

/**
 * A ruler along the canvas in the design's unit, drawn from the same view (zoom and pan) as the
 * canvas, so 0 sits on the trim edge. Decorative for screen readers: the Properties panel gives the
 * same numbers as text.
 */
export function Ruler({ axis, view, unit }: { axis: 'x' | 'y'; view: View; unit: 'mm' | 'in' }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const el = canvas.current!;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = canvas.current!;
    const ratio = window.devicePixelRatio || 1;
    el.width = Math.round(size.width * ratio);
    el.height = Math.round(size.height * ratio);
    const ctx = el.getContext('2d');
    if (!ctx || size.width === 0) return;
    ctx.scale(ratio, ratio);
    const horizontal = axis === 'x';
    const length = horizontal ? size.width : size.height;
    const depth = horizontal ? size.height : size.width;
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
    ctx.lineWidth = 1;
    ctx.font = '10px system-ui, sans-serif';
    ctx.beginPath();
    for (const tick of rulerTicks(unit, view.zoom, horizontal ? view.x : view.y, length)) {
      const at = Math.round(tick.px) + 0.5;
      const len = tick.label === null ? MINOR : MAJOR;
      if (horizontal) {
        ctx.moveTo(at, depth);
        ctx.lineTo(at, depth - len);
        if (tick.label !== null) ctx.fillText(tick.label, at + 2, 9);
      } else {
        ctx.moveTo(depth, at);
        ctx.lineTo(depth - len, at);
        if (tick.label !== null) {
          ctx.save();
          ctx.translate(9, at + 2);
          ctx.rotate(-Math.PI / 2);
          ctx.textAlign = 'right';
          ctx.fillText(tick.label, 0, 0);
          ctx.restore();
        }
      }
    }
    ctx.stroke();
  }, [axis, view, unit, size]);

  return <canvas ref={canvas} className={`ruler ruler-${axis}`} aria-hidden="true" />;
}
