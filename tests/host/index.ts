export { launchChromium, CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
export { ScriptedDialogs, type AskedDialog } from './dialogs';
export { RecordingShell } from './shell';
export { startHost, type Host } from './startHost';
