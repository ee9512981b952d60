import type { MenuCommand } from '../../shared/ipc/channels';
import type { Client } from '../../shared/ipc/client';
import type { FileHandle } from '../../shared/ipc/contract';
import type { NewDesignSpec } from '../../shared/model';
import { ProofRun } from './approvalsProofRun';
import { addBarcode } from './barcodeEdits';
import { Clipboard } from './clipboard';
import { setLayoutLocked } from './documentEdits';
import type { Editor } from './editor';
import { addShape, addText, deleteSelection, redo, undo } from './edits';
import { ExportRun } from './exportRun';
import { fileActions } from './files';
import { groupSelection, ungroupSelection } from './groupEdits';
import { addImageFiles, importImage } from './imageEdits';
import { duplicate, nudge } from './objectEdits';
import { RecordsSession } from './records';
import { textEngine } from '../text';

type Direction = 'Left' | 'Right' | 'Up' | 'Down';
/** Arrow keys: 1 pt, or 10 pt with Shift ("Far"). */
export type NudgeCommand = `nudge${Direction}${'' | 'Far'}`;

/** Everything a button, a shortcut or the native menu can ask for. */
export type EditorCommand = MenuCommand | NudgeCommand | 'home' | 'lockLayout' | 'unlockLayout' | 'toggleRecords';

export interface Commands {
  /** Runs a command; false when the moment does not allow it (a dialog is open, the start screen shows). */
  run(command: EditorCommand): boolean;
  /** The New-design dialog's answer. */
  create(spec: NewDesignSpec): void;
  /** A product picked on the start screen: asks before discarding unsaved changes. */
  createFromProduct(spec: NewDesignSpec): void;
  /** The recent designs main knows, for the start screen; null when main could not tell. */
  recentFiles(): Promise<FileHandle[] | null>;
  /** A key was released: a run of merged steps (arrow-key nudges) ends. */
  endGesture(): void;
  /** Image files dropped on the canvas. */
  addImageFiles(files: readonly File[]): void;
  /** The Export dialog's conversation with main, one per opening of the dialog. */
  exportRun(): ExportRun;
  /** The Proofs dialog's conversation with main, one per opening of the dialog. */
  proofRun(): ProofRun;
  /** Imported order data, its mapping and records, for the records panel. */
  records: RecordsSession;
}

const ZOOM_STEP = 1.25;
const NUDGE_PT = 1;
const NUDGE_FAR_PT = 10;
const DIRECTIONS: Record<Direction, [number, number]> = { Left: [-1, 0], Right: [1, 0], Up: [0, -1], Down: [0, 1] };

/** File commands work on the start screen too; everything else edits the design behind it. */
const START_SCREEN_COMMANDS: ReadonlySet<string> = new Set(['new', 'open', 'save', 'saveAs']);

/** One path for every source of commands, so the toolbar, the keyboard and the menu cannot drift apart. */
export function createCommands(editor: Editor, client: Client): Commands {
  const files = fileActions(editor, client);
  const clipboard = new Clipboard();
  const records = new RecordsSession(editor, client, textEngine);
  const nudges = Object.fromEntries(
    Object.entries(DIRECTIONS).flatMap(([dir, [x, y]]) => [
      [`nudge${dir}`, () => nudge(editor, x * NUDGE_PT, y * NUDGE_PT)],
      [`nudge${dir}Far`, () => nudge(editor, x * NUDGE_FAR_PT, y * NUDGE_FAR_PT)],
    ]),
  ) as Record<NudgeCommand, () => void>;
  const table: Record<Exclude<EditorCommand, `openRecent:${string}`>, () => void> = {
    new: () => void files.requestNew(),
    open: () => void files.open(),
    save: () => void files.save(),
    saveAs: () => void files.saveAs(),
    export: () => editor.openDialog('export'),
    undo: () => undo(editor),
    redo: () => redo(editor),
    zoomIn: () => editor.zoomBy(ZOOM_STEP),
    zoomOut: () => editor.zoomBy(1 / ZOOM_STEP),
    zoomFit: () => editor.zoomToFit(),
    addRect: () => addShape(editor, 'rect'),
    addEllipse: () => addShape(editor, 'ellipse'),
    addRoundedRect: () => addShape(editor, 'roundedRect'),
    addLine: () => addShape(editor, 'line'),
    addImage: () => void importImage(editor, client),
    addText: () => addText(editor),
    addBarcode: () => addBarcode(editor),
    delete: () => deleteSelection(editor),
    copy: () => clipboard.copy(editor),
    cut: () => clipboard.cut(editor),
    paste: () => clipboard.paste(editor),
    duplicate: () => duplicate(editor),
    group: () => groupSelection(editor),
    ungroup: () => ungroupSelection(editor),
    selectNone: () => editor.select([]),
    home: () => editor.showScreen('start'),
    lockLayout: () => setLayoutLocked(editor, true),
    unlockLayout: () => setLayoutLocked(editor, false),
    importData: () => void records.importData(),
    toggleRecords: () => records.toggle(),
    ...nudges,
  };
  return {
    run(command) {
      // A modal question or dialog owns the screen: a command arriving meanwhile (a menu click) is dropped.
      const { dialog, question, screen } = editor.getState();
      if (dialog || question) return false;
      if (command.startsWith('openRecent:')) void files.openRecent(command.slice('openRecent:'.length));
      else if (screen === 'start' && !START_SCREEN_COMMANDS.has(command)) return false;
      else table[command as keyof typeof table]();
      return true;
    },
    create: files.create,
    createFromProduct: (spec) => void files.createFromProduct(spec),
    recentFiles: files.recent,
    endGesture: () => editor.store.closeGesture(),
    addImageFiles: (files) => void addImageFiles(editor, client, files),
    exportRun: () => new ExportRun(client, textEngine),
    proofRun: () => new ProofRun(client),
    records,
  };
}
