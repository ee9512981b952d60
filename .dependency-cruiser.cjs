/**
 * The layer table of ../shared/ARCHITECTURE.md as rules. `npm run lint` fails on any violation;
 * tests/unit/architecture/layers.test.ts plants violations to prove each rule fires.
 */
const NODE_OR_ELECTRON = ['core'];
/** A package matches by its resolved folder, or by bare name when it cannot be resolved. */
const pkg = (...names) => `(^|/)node_modules/(${names.join('|')})/|^(${names.join('|')})$`;
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ is pure TypeScript: no Node, Electron, DOM frameworks, or other layers.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: [`^(main|renderer|tests)/`, pkg('electron', 'fabric', 'react', 'react-dom')] },
    },
    {
      name: 'shared-no-node-core',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: NODE_OR_ELECTRON },
    },
    {
      name: 'main-not-renderer',
      comment: 'main/ runs in Node; it never reaches into the browser code.',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: ['^(renderer|tests)/', pkg('fabric', 'react', 'react-dom')] },
    },
    {
      name: 'electron-only-in-glue',
      comment: 'Only main/electron and main/preload may import electron; everything else runs without it.',
      severity: 'error',
      from: { pathNot: '^main/(electron|preload)/' },
      to: { path: pkg('electron') },
    },
    {
      name: 'preload-is-tiny',
      comment: 'The preload imports only the dependency-free channel list.',
      severity: 'error',
      from: { path: '^main/preload/' },
      to: { pathNot: [pkg('electron'), '^shared/ipc/channels\\.ts$'] },
    },
    {
      name: 'renderer-is-browser',
      comment: 'renderer/ runs in a sandboxed page: no Node, no main process code.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(main|tests)/' },
    },
    {
      name: 'renderer-no-node-core',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: NODE_OR_ELECTRON },
    },
    {
      name: 'fabric-only-in-canvas',
      comment: 'renderer/canvas is the only place that knows Fabric.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '^renderer/canvas/' },
      to: { path: pkg('fabric') },
    },
    {
      name: 'editor-is-framework-free',
      comment: 'The editor controller knows neither React nor Fabric, so it can be tested alone.',
      severity: 'error',
      from: { path: '^renderer/editor/' },
      to: { path: [pkg('react', 'react-dom', 'fabric'), '^renderer/(ui|canvas)/'] },
    },
    {
      name: 'tests-not-electron-glue',
      comment: 'Tests run in Node and Chromium; the Electron glue cannot load there.',
      severity: 'error',
      from: { path: '^tests/' },
      to: { path: '^main/(electron/index|preload/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^tests/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
