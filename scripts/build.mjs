// Bundles the library and the CLI with esbuild, then validates the built-in
// rules and records their hashes. Runs on `npm install` (prepare), before
// `npm start` and before `npm test`, so nobody runs a build step by hand.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
rmSync(new URL('dist/', root), { recursive: true, force: true });

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
  // The CLI bundles what it needs, minified and split so `mcp` and `recommend`
  // never load the HTTP server: less code to read and compile, faster start.
  build({
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    splitting: true,
    minify: true,
    keepNames: true,
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
  }),
  build({ ...common, sourcemap: false, entryPoints: ['src/validated-rules-manifest.ts'], outfile: 'dist/build/validated-rules-manifest.mjs', packages: 'external' }),
]);

const { validatedRulesManifest } = await import(new URL('dist/build/validated-rules-manifest.mjs', root).href);
let manifest;
try {
  manifest = validatedRulesManifest();
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}
mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/validated-rules.json', root), `${JSON.stringify(manifest, null, 2)}\n`);
rmSync(new URL('dist/build/', root), { recursive: true, force: true });
