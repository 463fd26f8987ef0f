import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: platform-neutral so the ESM bundle runs in browsers too.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    external: ['node:fs/promises'],
    splitting: false,
  },
  {
    // The CLI: a thin layer over the public API; index.js stays external.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
    external: ['./index.js'],
  },
  {
    // The worker of extractMany() / --workers: imports the built package.
    entry: { worker: 'src/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    clean: false,
    external: ['./index.js'],
  },
]);
