/**
 * What main-side services need from the outside world. Electron implements these in main/electron;
 * the test host implements them with scripted dialogs. Services never import electron.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogPort {
  /** Absolute path the user chose, or null when they cancelled. */
  showOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Several files at once (an Amazon report and its customization zips); empty when they cancelled. */
  showOpenFiles(options: { title: string; filters: FileFilter[] }): Promise<string[]>;
  showSave(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** A folder to write into (one PDF per record), which the dialog may create; null when they cancelled. */
  showOpenFolder(options: { title: string }): Promise<string | null>;
}

export interface AppPaths {
  /** Per-user writable folder (recent list, recovery snapshots). */
  userData: string;
}

export interface AppIdentity {
  name: string;
  version: string;
  platform: string;
}

/** The system's file manager. */
export interface ShellPort {
  /** Opens the folder holding `path` with the file selected. */
  showItemInFolder(path: string): void;
}

/** Code that runs in worker threads, built apart from main: next to the app's code, or a test's own build. */
export interface WorkerScripts {
  /** main/workers/export-worker.ts, built. */
  exportWorker(): Promise<URL>;
}

export interface MainPorts {
  dialogs: DialogPort;
  paths: AppPaths;
  app: AppIdentity;
  shell: ShellPort;
  workers: WorkerScripts;
  /** Where installed fonts are looked for; default the OS's font folders (fonts/font-folders.ts). Tests point it at their own. */
  fontFolders?: readonly string[];
}
