// Bundles the library and the CLI with esbuild, then validates the built-in
// rules and records their hashes. Runs on `npm install` (prepare), before
// `npm start` and before `npm test`, so nobody runs a build step by hand.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

// The bin runs on plain `node`: heap flags in the shebang (an old-space cap, larger
// semi-spaces) cost the stdio MCP server about a tenth of its cold start, and V8's
// defaults hold the server's RSS flat (`npm run soak`, `npm run bench` figure d).
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
    entryPoints: { cli: 'src/bin.ts' },
    outdir: 'dist',
    splitting: true,
    minify: process.env.BUILD_DEBUG !== "1",
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: `#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);`,
    },
  }),
  build({ ...common, sourcemap: false, entryPoints: ['src/build/validated-rules-manifest.ts'], outfile: 'dist/build/validated-rules-manifest.mjs', packages: 'external' }),
]);

const { validatedRulesManifest } = await import(new URL('dist/build/validated-rules-manifest.mjs', root).href);
let manifest;
try {
  manifest = validatedRulesManifest();
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}
chmodSync(new URL('dist/cli.js', root), 0o755);
await writeDeclarations();
mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/validated-rules.json', root), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(new URL('dist/scenarios.json', root), `${JSON.stringify(playgroundScenarios())}\n`);
copySwaggerUi();
rmSync(new URL('dist/build/', root), { recursive: true, force: true });

/**
 * Swagger UI's two files for /docs, copied from swagger-ui-dist (a dev dependency) with its
 * licence: the package ships them, so installing it pulls in no install-time analytics script.
 */
function copySwaggerUi() {
  const from = new URL('node_modules/swagger-ui-dist/', root);
  const to = new URL('dist/swagger-ui/', root);
  mkdirSync(to, { recursive: true });
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js', 'LICENSE', 'NOTICE']) copyFileSync(new URL(file, from), new URL(file, to));
}

/** The scenario workloads the tests answer, as the playground's examples: one folder, no hand copy. */
function playgroundScenarios() {
  const dir = new URL('tests/scenarios/', root);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')))
    .map(({ name, card, workload }) => ({ name, card, workload }));
}

/** The library's type declarations (dist/types), for `import { recommend } from 'aws-data-advisor'`. */
async function writeDeclarations() {
  const tsc = spawn(new URL('node_modules/.bin/tsc', root).pathname, ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const [code] = await once(tsc, 'exit');
  if (code !== 0) {
    console.error('build: tsc could not write the type declarations');
    process.exit(1);
  }
}
