import type { FileHandle } from '../../shared/ipc/contract';
import type { Design, Surface } from '../../shared/model';
import { DesignStore } from '../../shared/store';
import { withRecordValues, withSampleValues } from './preview';
import { showTypedText, type TextEditSession } from './textEditingSession';
import { documentTitle } from './title';
import { bleedBox, fitView, zoomAt, type Size, type View } from './viewport';

export interface StatusMessage {
  kind: 'error' | 'info';
  text: string;
  /** Tells two equal messages apart, so repeating an error still reads as new. */
  seq: number;
}

export interface Question {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
}

/** `data…`: the records panel's encoding check and field mapping. */
export type DialogName = 'new' | 'dataEncoding' | 'dataMapping' | 'export' | 'approvalNote' | 'proofs';

/** The start screen (recent designs, products, custom size) or the editor itself. */
export type Screen = 'start' | 'editor';

/** Everything the views draw from. A new object on every change, the same object otherwise. */
export interface EditorState {
  design: Design;
  /** What the canvas draws: the design, with sample values in place of tokens while previewing. */
  display: Design;
  /** The layout is locked: only field values may change (see ../../shared/model DocumentMeta). */
  personalize: boolean;
  /** The Preview switch: show sample values. Personalize mode always shows them. */
  preview: boolean;
  screen: Screen;
  /** The surface being edited; the first one until multi-surface products arrive. */
  surface: Surface;
  file: FileHandle | null;
  /** The file's name, or the design's name until it is saved. */
  name: string;
  /** For the window: the name, an unsaved mark and the app. */
  title: string;
  dirty: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  selection: readonly string[];
  /** The text being edited in place, if any. */
  editing: TextEditSession | null;
  view: View;
  status: StatusMessage | null;
  dialog: DialogName | null;
  question: Question | null;
  /** A file operation is running; file commands wait for it. */
  busy: boolean;
}

/**
 * The editor's hub: the design store (saved, undoable) next to session state (file, selection, zoom,
 * dialogs, messages), which is never saved and never enters history. Framework-free: React and the
 * Fabric view both subscribe to it.
 */
export class Editor {
  readonly store: DesignStore;
  private file: FileHandle | null = null;
  private selection: readonly string[] = [];
  private editing: TextEditSession | null = null;
  private view: View = { zoom: 1, x: 0, y: 0 };
  private viewport: Size = { width: 0, height: 0 };
  /** While true the view follows the viewport's size; any manual zoom or pan ends it. */
  private fitted = true;
  private status: StatusMessage | null = null;
  private dialog: DialogName | null = null;
  private pending: { question: Question; resolve: (yes: boolean) => void } | null = null;
  private busy = false;
  private preview = false;
  /** The record the records panel previews; it wins over sample values. */
  private record: Readonly<Record<string, string>> | null = null;
  private screen: Screen = 'start';
  private seq = 0;
  private snapshot: EditorState;
  private listeners = new Set<() => void>();

  constructor(design: Design) {
    this.store = new DesignStore(design);
    this.store.subscribe(() => {
      this.selection = this.selection.filter((id) => this.store.design.objects.some((o) => o.id === id));
      if (this.editing && !this.store.design.objects.some((o) => o.id === this.editing?.id && o.type === 'text')) this.editing = null;
      this.changed();
    });
    this.snapshot = this.compute();
  }

  /** Bound so React's useSyncExternalStore can take it as is. */
  readonly getState = (): EditorState => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  select(ids: readonly string[]): void {
    if (ids.length === this.selection.length && ids.every((id, i) => id === this.selection[i])) return;
    this.selection = [...ids];
    this.changed();
  }

  setTextEditing(session: TextEditSession | null): void {
    this.editing = session;
    this.changed();
  }

  /** The canvas shows this record's values (null: back to the template or its samples). */
  setPreviewRecord(values: Readonly<Record<string, string>> | null): void {
    if (values === this.record) return;
    this.record = values;
    this.changed();
  }

  setPreview(on: boolean): void {
    this.preview = on;
    this.changed();
  }

  showScreen(screen: Screen): void {
    this.screen = screen;
    this.changed();
  }

  setViewport(size: Size): void {
    this.viewport = size;
    if (this.fitted) this.view = this.fittedView();
    this.changed();
  }

  zoomToFit(): void {
    this.fitted = true;
    this.view = this.fittedView();
    this.changed();
  }

  /** Zooms about a screen point, by default the middle of the canvas. */
  zoomBy(factor: number, at = { x: this.viewport.width / 2, y: this.viewport.height / 2 }): void {
    this.fitted = false;
    this.view = zoomAt(this.view, factor, at);
    this.changed();
  }

  panBy(dx: number, dy: number): void {
    this.fitted = false;
    this.view = { ...this.view, x: this.view.x + dx, y: this.view.y + dy };
    this.changed();
  }

  /** New or opened design: history starts over, nothing is selected, the view fits the surface. */
  replaceDesign(design: Design, file: FileHandle | null): void {
    this.file = file;
    this.selection = [];
    this.editing = null;
    this.fitted = true;
    this.screen = 'editor';
    this.store.reset(design);
    this.zoomToFit();
  }

  setFile(file: FileHandle): void {
    this.file = file;
    this.changed();
  }

  openDialog(dialog: DialogName | null): void {
    this.dialog = dialog;
    this.changed();
  }

  /** Asks the user through the in-app confirm dialog; resolves when they answer. */
  ask(question: Question): Promise<boolean> {
    this.pending?.resolve(false);
    return new Promise((resolve) => {
      this.pending = { question, resolve };
      this.changed();
    });
  }

  answer(yes: boolean): void {
    const pending = this.pending;
    this.pending = null;
    this.changed();
    pending?.resolve(yes);
  }

  report(kind: StatusMessage['kind'], text: string): void {
    this.status = { kind, text, seq: ++this.seq };
    this.changed();
  }

  dismissStatus(): void {
    this.status = null;
    this.changed();
  }

  /** Runs one file operation at a time, so a double click never opens two dialogs. */
  async exclusive(task: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.changed();
    try {
      await task();
    } catch (e) {
      // Programming errors end up here; the user gets a sentence, the console keeps the details.
      console.error(e);
      this.report('error', 'Something went wrong. Your design is unchanged.');
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private fittedView(): View {
    const surface = this.store.design.surfaces[0]!;
    return fitView(bleedBox(surface), this.viewport);
  }

  private changed(): void {
    this.snapshot = this.compute();
    for (const listener of this.listeners) listener();
  }

  private compute(): EditorState {
    const { store } = this;
    const design = store.design;
    const name = this.file?.name ?? design.document.name;
    const personalize = design.document.layoutLocked;
    return {
      design,
      display: showTypedText(this.record ? withRecordValues(design, this.record) : this.preview || personalize ? withSampleValues(design) : design, design, this.editing?.id),
      personalize,
      preview: this.preview,
      screen: this.screen,
      surface: design.surfaces[0]!,
      file: this.file,
      name,
      title: documentTitle(name, store.dirty),
      dirty: store.dirty,
      undoLabel: store.undoLabel,
      redoLabel: store.redoLabel,
      selection: this.selection,
      editing: this.editing,
      view: this.view,
      status: this.status,
      dialog: this.dialog,
      question: this.pending?.question ?? null,
      busy: this.busy,
    };
  }
}
