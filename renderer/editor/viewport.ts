import type { Surface } from '../../shared/model';

/** Screen = scene × zoom + (x, y). Scene units are points; screen units are CSS pixels. */
export interface View {
  zoom: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 64;
/** CSS pixels per point at "100 %": what a ruler held to the screen would roughly match. */
const ACTUAL_SIZE_ZOOM = 96 / 72;
const FIT_MARGIN_PX = 32;

function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The surface including its bleed, the area a designer needs to see. */
export function bleedBox(surface: Surface): Box {
  const b = surface.bleed;
  return { x: -b, y: -b, width: surface.width + 2 * b, height: surface.height + 2 * b };
}

export function fitView(box: Box, viewport: Size): View {
  const room = { width: Math.max(1, viewport.width - 2 * FIT_MARGIN_PX), height: Math.max(1, viewport.height - 2 * FIT_MARGIN_PX) };
  const zoom = clampZoom(Math.min(room.width / box.width, room.height / box.height));
  return {
    zoom,
    x: (viewport.width - box.width * zoom) / 2 - box.x * zoom,
    y: (viewport.height - box.height * zoom) / 2 - box.y * zoom,
  };
}

/** Zooms by `factor` keeping the scene point under `at` (screen coordinates) where it is. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const zoom = clampZoom(view.zoom * factor);
  const k = zoom / view.zoom;
  return { zoom, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k };
}

export function zoomPercent(view: View): number {
  return Math.round((view.zoom / ACTUAL_SIZE_ZOOM) * 100);
}
