import type { ShellPort } from '../../main/services/ports';

/** The system's file manager replaced by a list: a test reads which files the app asked to show. */
export class RecordingShell implements ShellPort {
  /** Paths passed to Show in folder, in order. */
  readonly shown: string[] = [];

  showItemInFolder(path: string): void {
    this.shown.push(path);
  }
}
