import type { ImageObject } from '../model';
import { effectivePpi, PPI, ppiLevel, type ImageContent } from '../render/images';
import type { PreflightFinding } from './findings';

const inches = (pt: number) => +(pt / 72).toFixed(2);

/**
 * An image printing under 300 ppi at its placed size (a warning) or under 150 (an error), placed as the
 * painters place it; vector art prints sharp at any size. Images are the same on every record.
 */
export function imageFinding(image: ImageObject, content: ImageContent): PreflightFinding | null {
  const ppi = effectivePpi(image, content);
  if (ppi === null) return null;
  const level = ppiLevel(ppi);
  if (level === 'good') return null;
  const advice = level === 'error' ? `under ${PPI.error} ppi it prints visibly blurred` : `${PPI.good} ppi prints sharp`;
  return {
    record: null,
    row: null,
    field: null,
    objectId: image.id,
    severity: level,
    code: 'low-resolution',
    message: `design: image “${image.name}” is ${Math.floor(ppi)} ppi at its placed size (${inches(image.width)} × ${inches(image.height)} in); ${advice}: use a larger image or place it smaller`,
  };
}
