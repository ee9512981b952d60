import type { Box } from './viewport';

/** The axis-aligned box around an object rotated about its centre, in scene points. */
export function objectBounds(o: Box & { rotation: number }): Box {
  const a = (o.rotation * Math.PI) / 180;
  const cos = Math.abs(Math.cos(a));
  const sin = Math.abs(Math.sin(a));
  const width = o.width * cos + o.height * sin;
  const height = o.width * sin + o.height * cos;
  return { x: o.x + (o.width - width) / 2, y: o.y + (o.height - height) / 2, width, height };
}
