import type { DialogPort } from '../../main/services/ports';

type DialogKind = 'open' | 'save' | 'folder';

export interface AskedDialog {
  kind: DialogKind;
  title: string;
  defaultName?: string;
}

/**
 * Native dialogs replaced by a script: the test queues the answers (a path, or null for Cancel) before
 * the app asks. A dialog nobody scripted fails loudly instead of guessing.
 */
export class ScriptedDialogs implements DialogPort {
  private answers: Array<{ kind: DialogKind; path: string | string[] | null }> = [];
  /** Every dialog the app showed, in order, for tests that check what was asked. */
  readonly asked: AskedDialog[] = [];

  /** The next Open dialog picks `path`; null cancels it. */
  nextOpen(path: string | null): void {
    this.answers.push({ kind: 'open', path });
  }

  /** The next Open dialog picks several files (`showOpenFiles`); an empty list cancels it. */
  nextOpenFiles(paths: string[]): void {
    this.answers.push({ kind: 'open', path: paths });
  }

  /** The next Save dialog confirms `path`; null cancels it. */
  nextSave(path: string | null): void {
    this.answers.push({ kind: 'save', path });
  }

  /** The next folder dialog (`showOpenFolder`) picks `path`; null cancels it. */
  nextFolder(path: string | null): void {
    this.answers.push({ kind: 'folder', path });
  }

  /** Answers queued but not yet asked for. */
  get unused(): number {
    return this.answers.length;
  }

  async showOpen({ title }: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'open', title });
    return this.single('open', title);
  }

  /** Takes a `nextOpenFiles` answer, or a `nextOpen` one as a single file. */
  async showOpenFiles({ title }: { title: string }): Promise<string[]> {
    this.asked.push({ kind: 'open', title });
    const answer = this.answer('open', title);
    return answer === null ? [] : [answer].flat();
  }

  async showSave({ title, defaultName }: { title: string; defaultName: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', title, defaultName });
    return this.single('save', title);
  }

  async showOpenFolder({ title }: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'folder', title });
    return this.single('folder', title);
  }

  private single(kind: DialogKind, title: string): string | null {
    const answer = this.answer(kind, title);
    if (Array.isArray(answer)) throw new Error(`Test host: the ${kind} dialog “${title}” picks one file, but several were scripted.`);
    return answer;
  }

  private answer(kind: DialogKind, title: string): string | string[] | null {
    const next = this.answers[0];
    if (!next || next.kind !== kind) {
      throw new Error(`Test host: no scripted answer for the ${kind} dialog “${title}” (next: ${next?.kind ?? 'none'}).`);
    }
    this.answers.shift();
    return next.path;
  }
}
