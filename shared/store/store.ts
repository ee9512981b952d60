import { Design } from '../model';
import { err, ok, type Result } from '../result';
import { applyAll, invertAll, type RecordChange } from './diff';
import { Transaction } from './transaction';

export interface HistoryEntry {
  id: number;
  /** Shown in the Edit menu: "Undo Move". */
  label: string;
  changes: RecordChange[];
  /** Consecutive transactions with the same key merge into one entry (a drag, typing). */
  mergeKey?: string;
}

export type StoreListener = (design: Design) => void;

/**
 * Holds the design and its history. One transaction is one undo step; selection, zoom and the like
 * are session state kept elsewhere and never enter history.
 */
export class DesignStore {
  private current: Design;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private listeners = new Set<StoreListener>();
  private nextId = 1;
  private savedAt: number | null = 0;
  private mergeOpen = false;

  constructor(design: Design) {
    this.current = design;
  }

  get design(): Design {
    return this.current;
  }

  /** Runs `fn` as one undoable step. A result that breaks the schema is rolled back and returned as an error. */
  transact(label: string, fn: (tx: Transaction) => void, opts: { mergeKey?: string } = {}): Result<Design> {
    const tx = new Transaction(this.current);
    try {
      fn(tx);
    } catch (e) {
      return err({ code: 'edit-failed', message: `${label} failed: ${(e as Error).message}` });
    }
    if (tx.changes.length === 0) return ok(this.current);
    const checked = Design.safeParse(tx.design);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return err({ code: 'edit-invalid', message: `${label} was not applied: ${issue?.path.join('.')} ${issue?.message}` });
    }
    const top = this.undoStack[this.undoStack.length - 1];
    if (opts.mergeKey && this.mergeOpen && top && top.mergeKey === opts.mergeKey) {
      top.changes.push(...tx.changes);
      if (this.savedAt === top.id) this.savedAt = null;
    } else {
      this.undoStack.push({ id: this.nextId++, label, changes: tx.changes, mergeKey: opts.mergeKey });
    }
    this.mergeOpen = opts.mergeKey !== undefined;
    this.redoStack = [];
    this.set(tx.design);
    return ok(this.current);
  }

  /** Ends a merge run so the next transaction with the same key starts a new undo step. */
  closeGesture(): void {
    this.mergeOpen = false;
  }

  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.redoStack.push(entry);
    this.mergeOpen = false;
    this.set(applyAll(this.current, invertAll(entry.changes)));
    return true;
  }

  redo(): boolean {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.undoStack.push(entry);
    this.mergeOpen = false;
    this.set(applyAll(this.current, entry.changes));
    return true;
  }

  get undoLabel(): string | null {
    return this.undoStack[this.undoStack.length - 1]?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.redoStack[this.redoStack.length - 1]?.label ?? null;
  }

  /** Replaces the whole design (open, new): history starts over and the design counts as saved. */
  reset(design: Design): void {
    this.undoStack = [];
    this.redoStack = [];
    this.savedAt = 0;
    this.mergeOpen = false;
    this.set(design);
  }

  markSaved(): void {
    this.savedAt = this.topId();
    this.mergeOpen = false;
    this.emit();
  }

  get dirty(): boolean {
    return this.savedAt !== this.topId();
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private topId(): number {
    return this.undoStack[this.undoStack.length - 1]?.id ?? 0;
  }

  private set(design: Design): void {
    this.current = design;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.current);
  }
}
