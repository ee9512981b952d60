import { FabricObject, util } from 'fabric';
import type { DesignObject } from '../../shared/model';
import type { ObjectTransform } from '../editor/edits';
import { paintRecord } from './paintRecord';

/** How far from a line, in screen pixels, a click still picks it. */
const LINE_HIT_PX = 5;

/** How selected objects and multi-selections are outlined. */
export const SELECTION_STYLE = {
  borderColor: '#1f74d1',
  cornerColor: '#ffffff',
  cornerStrokeColor: '#1f74d1',
  transparentCorners: false,
  cornerSize: 9,
} as const;

/** Fabric's switches that keep a gesture from moving, sizing or turning an object (or a multi-selection). */
export function frozenProps(frozen: boolean) {
  return { hasControls: !frozen, lockMovementX: frozen, lockMovementY: frozen, lockScalingX: frozen, lockScalingY: frozen, lockRotation: frozen };
}

/**
 * The Fabric view of one model record. Fabric only moves, scales and rotates it; the record says what
 * it looks like. The origin is set to the centre on purpose: the model rotates about the centre too.
 */
export class RecordObject extends FabricObject {
  static override type = 'NamesakeRecord';
  record: DesignObject;
  frozen = false;

  constructor(record: DesignObject, frozen: boolean) {
    super({
      originX: 'center',
      originY: 'center',
      strokeWidth: 0,
      objectCaching: false,
      lockScalingFlip: true,
      lockSkewingX: true,
      lockSkewingY: true,
      ...SELECTION_STYLE,
    });
    this.record = record;
    this.patch(record, frozen);
  }

  /**
   * Puts the object where the record says, undoing whatever scale Fabric applied during a gesture.
   * A frozen object (locked, or the whole layout locked) can be selected but not moved, sized or turned.
   */
  patch(record: DesignObject, frozen: boolean): void {
    this.record = record;
    this.frozen = frozen;
    this.set({
      left: record.x + record.width / 2,
      top: record.y + record.height / 2,
      width: record.width,
      height: record.height,
      angle: record.rotation,
      scaleX: 1,
      scaleY: 1,
      opacity: record.opacity,
      visible: !record.hidden,
      selectable: !record.locked,
      evented: !record.locked,
      // A line's box can have no height (or width): some screen pixels around it make it clickable.
      padding: record.type === 'shape' && record.shape === 'line' ? LINE_HIT_PX : 0,
      ...frozenProps(frozen),
    });
    this.setCoords();
  }

  /** Reads the result of a gesture in scene points, also while the object sits in a multi-selection. */
  readTransform(): ObjectTransform {
    const m = util.qrDecompose(this.calcTransformMatrix());
    const width = this.width * Math.abs(m.scaleX);
    const height = this.height * Math.abs(m.scaleY);
    return {
      id: this.record.id,
      x: m.translateX - width / 2,
      y: m.translateY - height / 2,
      width,
      height,
      rotation: ((m.angle % 360) + 360) % 360,
    };
  }

  override _render(ctx: CanvasRenderingContext2D): void {
    paintRecord(ctx, this.record);
  }
}
