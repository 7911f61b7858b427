// Writes openapi.yaml (src/http/openapi.ts, scenario workloads as examples) and
// rules/rule-file.schema.json (src/domain/rules/schema.ts) from the zod schemas;
// a test fails when a committed copy drifts from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = new URL('../node_modules/.cache/aws-data-advisor/generated-files.mjs', import.meta.url);
mkdirSync(new URL('./', out), { recursive: true });
await build({
  entryPoints: ['src/build/generated-files.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: out.pathname,
  logLevel: 'warning',
});
const { generatedFiles } = await import(out.href);
for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content);
  console.log(`wrote ${path}`);
}
