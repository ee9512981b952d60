import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where the OS keeps installed fonts, the user's own folders first so a font they installed themselves
 * wins over a system copy of the same face (the catalogue keeps the first face with a given id).
 */
export function systemFontFolders(platform: NodeJS.Platform = process.platform, env: Env = process.env, home: string = homedir()): string[] {
  if (platform === 'win32') {
    const windows = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
    return [...(env.LOCALAPPDATA ? [win32.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : []), win32.join(windows, 'Fonts')];
  }
  if (platform === 'darwin') return [join(home, 'Library/Fonts'), '/Library/Fonts', '/System/Library/Fonts'];
  const dataHome = env.XDG_DATA_HOME || join(home, '.local/share');
  return [join(dataHome, 'fonts'), join(home, '.fonts'), '/usr/local/share/fonts', '/usr/share/fonts'];
}

/**
 * The app's user-data folders as Electron names them (`<appData>/<app name>`), for the CLI and the export
 * worker, which run without Electron: the packaged app is "Namesake", `npm start` uses the package name.
 */
export function defaultUserDataFolders(platform: NodeJS.Platform = process.platform, env: Env = process.env, home: string = homedir()): string[] {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library/Application Support')
        : env.XDG_CONFIG_HOME || join(home, '.config');
  const at = platform === 'win32' ? win32.join : join;
  return [at(appData, 'Namesake'), at(appData, 'namesake')];
}
