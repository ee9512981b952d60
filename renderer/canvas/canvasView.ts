import { ActiveSelection, Canvas, type FabricObject } from 'fabric';
import type { Editor, EditorState } from '../editor/editor';
import { commitTransforms } from '../editor/edits';
import { withGroupMates } from '../editor/groupEdits';
import { textLayouts } from '../text';
import { createArcControls, syncArcHandles } from './arcHandles';
import { subscribeImages } from './imagePainter';
import { attachDragLayers } from './dragLayers';
import { attachGroupPicking } from './groupPicking';
import { attachPanZoom } from './panZoom';
import { frozenProps, RecordObject, SELECTION_STYLE } from './recordObject';
import { attachSnapping } from './snapOnMove';
import { attachTextEditing } from './textEditingView';
import { SurfaceGuides, SurfacePaper } from './surfaceLayers';

const PASTEBOARD = '#e4e6ea';

/**
 * Mounts the Fabric canvas in `host` as a view of the editor: objects are created and patched from model
 * records by id, and a finished gesture is read back and committed as one transaction. Returns unmount.
 */
export function mountCanvasView(host: HTMLElement, editor: Editor): () => void {
  const element = document.createElement('canvas');
  host.append(element);
  const canvas = new Canvas(element, {
    preserveObjectStacking: true, // keeps the guides above a selected object
    enablePointerEvents: true, // so the pan gesture's capture listener can keep pointer-downs from Fabric
    backgroundColor: PASTEBOARD,
    stopContextMenu: true,
    selectionColor: 'rgba(31, 116, 209, 0.08)',
    selectionBorderColor: SELECTION_STYLE.borderColor,
  });
  const records = new Map<string, RecordObject>();
  const arcControls = createArcControls(editor);
  let layers: { paper: SurfacePaper; guides: SurfaceGuides } | null = null;
  let shown: EditorState | null = null;
  /** Set while the view changes Fabric's selection itself, so those events are not echoed back. */
  let syncing = false;

  /** Draws `display` (the design, or its preview with sample values); `frozen` while the layout is locked. */
  const syncDesign = ({ display: design, surface, personalize }: EditorState, force: boolean) => {
    // Objects inside a multi-selection have group-relative coordinates; release them before patching.
    if (canvas.getActiveObject() instanceof ActiveSelection) canvas.discardActiveObject();
    if (!layers) layers = { paper: new SurfacePaper(surface), guides: new SurfaceGuides(surface) };
    else if (force || surface !== shown?.surface) Object.values(layers).forEach((l) => l.setSurface(surface));
    const frozen = (locked: boolean) => locked || personalize;
    const byId = new Map(design.objects.map((o) => [o.id, o]));
    const wanted = surface.objectIds.filter((id) => byId.has(id));
    for (const [id, view] of records) {
      if (!wanted.includes(id)) {
        canvas.remove(view);
        records.delete(id);
      }
    }
    const views = wanted.map((id) => {
      const record = byId.get(id)!;
      const view = records.get(id);
      if (!view) {
        const created = new RecordObject(record, frozen(record.locked));
        records.set(id, created);
        return created;
      }
      if (force || view.record !== record || view.frozen !== frozen(record.locked)) view.patch(record, frozen(record.locked));
      return view;
    });
    views.forEach((view) => syncArcHandles(view, arcControls));
    const order: FabricObject[] = [layers.paper, ...views, layers.guides];
    const present = new Set(canvas.getObjects());
    canvas.add(...order.filter((o) => !present.has(o)));
    order.forEach((o, i) => {
      if (canvas.getObjects()[i] !== o) canvas.moveObjectTo(o, i);
    });
  };

  const syncSelection = (ids: readonly string[]) => {
    const current = canvas.getActiveObjects().filter((o) => o instanceof RecordObject);
    if (current.length === ids.length && current.every((o) => ids.includes(o.record.id))) return;
    canvas.discardActiveObject();
    const views = ids.map((id) => records.get(id)).filter((v) => v !== undefined);
    if (views.length === 1) canvas.setActiveObject(views[0]!);
    else if (views.length > 1) canvas.setActiveObject(new ActiveSelection(views, { canvas, ...SELECTION_STYLE }));
    freezeGroup();
  };

  /** A multi-selection moves its members together, so it is frozen when any of them is. */
  const freezeGroup = () => {
    const active = canvas.getActiveObject();
    if (active instanceof ActiveSelection) active.set(frozenProps(active.getObjects().some((o) => o instanceof RecordObject && o.frozen)));
  };

  const render = (state: EditorState, force = false) => {
    syncing = true;
    try {
      if (force || state.display !== shown?.display || state.personalize !== shown.personalize) syncDesign(state, force);
      const { zoom, x, y } = state.view;
      if (force || state.view !== shown?.view) canvas.setViewportTransform([zoom, 0, 0, zoom, x, y]);
      syncSelection(state.selection);
    } finally {
      syncing = false;
    }
    shown = state;
    canvas.requestRenderAll();
  };

  const selectionChanged = () => {
    freezeGroup();
    if (syncing) return;
    const { design, surface } = editor.getState();
    // A rubber band or Shift-click that takes one member of a group takes the whole group.
    editor.select(withGroupMates(design, surface, canvas.getActiveObjects().flatMap((o) => (o instanceof RecordObject ? [o.record.id] : []))));
  };
  canvas.on('selection:created', selectionChanged);
  canvas.on('selection:updated', selectionChanged);
  canvas.on('selection:cleared', selectionChanged);
  canvas.on('object:modified', ({ target, action }) => {
    const targets = target instanceof ActiveSelection ? target.getObjects() : [target];
    const moved = targets.flatMap((o) => (o instanceof RecordObject ? [o.readTransform()] : []));
    // Committing re-syncs the view, which may rebuild the selection; Fabric is still finishing this
    // gesture on the old one, so the commit waits until its event handling is done.
    queueMicrotask(() => {
      const before = editor.getState().design;
      commitTransforms(editor, moved, gestureLabel(action));
      // A refused or empty gesture leaves the model as it was: put the objects back where it says.
      if (editor.getState().design === before) render(editor.getState(), true);
    });
  });

  const resize = new ResizeObserver(() => {
    const width = host.clientWidth;
    const height = host.clientHeight;
    canvas.setDimensions({ width, height });
    editor.setViewport({ width, height });
  });
  resize.observe(host);
  const detachPanZoom = attachPanZoom(host, editor);
  const detachSnapping = attachSnapping(canvas, editor);
  const detachGroupPicking = attachGroupPicking(canvas, editor);
  const detachTextEditing = attachTextEditing(canvas, editor);
  const detachDragLayers = attachDragLayers(canvas);
  const unsubscribe = editor.subscribe(() => render(editor.getState()));
  // Text appears once the engine and its fonts are loaded.
  const unsubscribeText = textLayouts.subscribe(() => canvas.requestRenderAll());
  // Images appear once their bytes arrive from main and are decoded.
  const unsubscribeImages = subscribeImages(() => canvas.requestRenderAll());
  render(editor.getState(), true);

  return () => {
    unsubscribe();
    unsubscribeText();
    unsubscribeImages();
    detachPanZoom();
    detachSnapping();
    detachGroupPicking();
    detachTextEditing();
    detachDragLayers();
    resize.disconnect();
    void canvas.dispose();
    element.remove();
  };
}

function gestureLabel(action: string | undefined): string {
  if (action === 'drag') return 'Move';
  if (action === 'rotate') return 'Rotate';
  if (action?.startsWith('scale')) return 'Resize';
  return 'Transform';
}
