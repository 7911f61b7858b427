// Bundles the library and the CLI with esbuild and emits type declarations.
// Runs on `npm install` (prepare), before `npm start` and before `npm test`,
// so nobody ever runs a build step by hand.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  // The library keeps its dependencies external, as any npm package does.
  build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist', packages: 'external' }),
  // The CLI bundles everything it needs, split so `mcp` and `recommend` never
  // load the HTTP server: fewer files to resolve means a faster cold start.
  build({
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minifySyntax: true,
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  }),
]);
