// Builds only the renderer, with the renderer section of electron.vite.config.ts exactly as
// `electron-vite build` would (production base './', Chrome target, out/renderer), but without main
// and preload. Run by buildRenderer.ts in its own process so Vite never shares a process with Vitest.
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

process.env.NODE_ENV_ELECTRON_VITE = 'production';
const { config } = await resolveConfig({ logLevel: 'warn' }, 'build', 'production');
if (!config.renderer) throw new Error('electron.vite.config.ts has no renderer section');
await build(config.renderer);
