// Bundles the library and the CLI with esbuild, then validates the built-in
// rules and records their hashes. Runs on `npm install` (prepare), before
// `npm start` and before `npm test`, so nobody runs a build step by hand.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

// The bin caps the old generation: the advisor keeps a few MB of live data,
// and with V8's default (a 4 GB old generation) the heap, and RSS, may grow
// far past that under sustained load before it is collected. Young
// generation semi-spaces of up to 16 MB (V8's default here; it grows them
// only as needed) keep the per-request garbage out of the old generation:
// `npm run bench` measured 4 MB ones costing about a fifth of the server's
// throughput, and 32 MB ones gained nothing measurable while the soak's RSS
// under batch load rose from about 125 to 160 MiB. `npm start` runs the bin;
// the benchmark and the soak do too.
const NODE_OPTIONS = '--max-old-space-size=128 --max-semi-space-size=16';
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
    minify: process.env.BUILD_DEBUG !== "1",
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: `#!/usr/bin/env -S node ${NODE_OPTIONS}\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);`,
    },
  }),
  // `mcp` as one CommonJS file, so the CLI can run it with a V8 code cache (src/code-cache.ts).
  build({
    ...common,
    format: 'cjs',
    entryPoints: { 'mcp-stdio': 'src/mcp-stdio-main.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
    minify: process.env.BUILD_DEBUG !== '1',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
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
await Promise.all([writeCodeCache(), writeDeclarations()]);
mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/validated-rules.json', root), `${JSON.stringify(manifest, null, 2)}\n`);
rmSync(new URL('dist/build/', root), { recursive: true, force: true });

/**
 * Runs `cli.js mcp` once through a first tool call with the cache switch on,
 * so dist/mcp-stdio.cjs.cache holds the code the first answer needs.
 */
async function writeCodeCache() {
  const child = spawn(process.execPath, [new URL('dist/cli.js', root).pathname, 'mcp'], {
    env: { ...process.env, ADVISOR_WRITE_CODE_CACHE: '1', ADVISOR_RULES_DIR: '' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    if (output.includes('"id":2')) child.stdin.end();
  });
  const messages = [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'build', version: '1' } } },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'recommend_architecture', arguments: { latency: 'real-time', ingestion: { mode: 'streaming', throughputMBps: 5 } } } },
  ];
  for (const message of messages) child.stdin.write(`${JSON.stringify(message)}\n`);
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [code] = await once(child, 'exit');
  clearTimeout(timer);
  if (code !== 0) {
    console.error(`build: the mcp warm-up run failed (exit ${code}); the code cache was not written`);
    process.exit(1);
  }
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
