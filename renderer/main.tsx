import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { createClient } from '../shared/ipc/client';
import { createDesign } from '../shared/model';
import { createCommands } from './editor/commands';
import { Editor } from './editor/editor';
import { formToSpec } from './editor/newDesignForm';
import { DEFAULT_PRESET, formFromPreset } from './editor/presets';
import { installTestHook } from './editor/testHook';
import { App } from './ui/App';
import { guardUnsavedChanges, routeMenuCommand } from './ui/windowGuards';
import './ui/app.css';

// zod probes for eval at start; the CSP forbids eval, so tell it not to try (no console violation).
z.config({ jitless: true });

const start = formToSpec(formFromPreset(DEFAULT_PRESET));
if (!start.ok) throw new Error('The default preset is invalid.');
const editor = new Editor(createDesign(start.spec));
const commands = createCommands(editor, createClient(window.namesake));
window.namesake.onMenu((command) => routeMenuCommand(commands, command));
guardUnsavedChanges(editor);
if (window.__NAMESAKE_TEST__) installTestHook(window, editor);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App editor={editor} commands={commands} />
  </StrictMode>,
);
