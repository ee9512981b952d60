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
  showSave(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
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

export interface MainPorts {
  dialogs: DialogPort;
  paths: AppPaths;
  app: AppIdentity;
}
