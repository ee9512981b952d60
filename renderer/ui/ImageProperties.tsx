import { useSyncExternalStore } from 'react';
import type { ImageObject } from '../../shared/model';
import { effectivePpi, PPI, ppiLevel, uprightSize } from '../../shared/render/images';
import { imageAssets } from '../editor/imageAssets';
import type { SectionProps } from './GeometryProperties';
import { SelectField } from './SelectField';

const IMAGE_FIT = { fit: 'Fit inside the frame', fill: 'Fill the frame (crop)', stretch: 'Stretch to the frame' } as const;
const PPI_ADVICE = { good: '', warning: `under ${PPI.good} ppi: may print soft`, error: `under ${PPI.error} ppi: will print blurred` } as const;

/**
 * An image's fit in its frame and how sharp it prints: the effective resolution at the placed size (pixels per
 * printed inch), a warning under 300 ppi and an error under 150 (PRINT.md). An SVG is vector and prints sharp.
 */
export function ImageProperties({ record, disabled, set }: SectionProps<ImageObject>) {
  useSyncExternalStore(imageAssets.subscribe, () => imageAssets.version);
  const image = imageAssets.get(record.assetId);
  const failure = imageAssets.failure(record.assetId);
  return (
    <section className="props-section" aria-label="Image settings">
      <SelectField label="Image fit" value={record.fit} options={IMAGE_FIT} disabled={disabled} onChange={(fit) => set({ fit }, 'Change image fit')} />
      {failure !== undefined && <p className="field-error">{failure}</p>}
      {image && <ImageQuality record={record} image={image} />}
    </section>
  );
}

function ImageQuality({ record, image }: { record: ImageObject; image: NonNullable<ReturnType<typeof imageAssets.get>> }) {
  const ppi = effectivePpi(record, image.content);
  if (ppi === null) {
    return (
      <>
        <p className="hint">Vector drawing (SVG): prints sharp at any size.</p>
        {image.info.warnings.length > 0 && (
          <ul className="image-warnings" aria-label="Drawn differently from the file">
            {image.info.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const { width, height } = uprightSize(image.content);
  const level = ppiLevel(ppi);
  return (
    <dl className="image-facts">
      <dt>Pixels</dt>
      <dd>
        {width} × {height}
      </dd>
      <dt id={`ppi-${record.id}`}>Effective resolution</dt>
      <dd className={`ppi ppi-${level}`} aria-labelledby={`ppi-${record.id}`} data-level={level} role="status">
        {Math.round(ppi)} ppi{level !== 'good' && ` — ${PPI_ADVICE[level]}`}
      </dd>
    </dl>
  );
}
