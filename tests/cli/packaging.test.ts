import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let consumer: string;
let installLog: string;
let packed: Record<string, unknown>;

/** Every file under a folder, relative paths. */
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)).map((file) => join(entry.name, file)) : [entry.name]));

// Packs a copy of the package (so the working tree's package.json is never touched) and installs
// the tarball into a fresh project, as a user would: `npm pack`, then `npm install ./the.tgz`.
beforeAll(() => {
  const copy = mkdtempSync(join(tmpdir(), 'advisor-pack-'));
  for (const item of ['package.json', 'README.md', 'openapi.yaml', 'rules', 'prices', 'dist', 'examples', 'src/http/playground']) cpSync(join(root, item), join(copy, item), { recursive: true });
  const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`, npm_config_loglevel: 'warn' };
  const tarball = execFileSync(npm, ['pack', '--json'], { cwd: copy, env, encoding: 'utf8' });
  const file = join(copy, (JSON.parse(tarball) as Array<{ filename: string }>)[0].filename);
  packed = JSON.parse(execFileSync('tar', ['-xOzf', file, 'package/package.json'], { encoding: 'utf8' }));
  consumer = mkdtempSync(join(tmpdir(), 'advisor-consumer-'));
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const install = spawnSync(npm, ['install', file, '--no-audit', '--no-fund'], { cwd: consumer, env, encoding: 'utf8' });
  installLog = `${install.stdout}\n${install.stderr}`;
  expect(install.status, installLog).toBe(0);
}, 180_000);

describe('the package as npm installs it', () => {
  it('runs no install script, its own or a dependency\'s (no analytics)', () => {
    expect(installLog).not.toMatch(/install-scripts|scarf/i);
    expect(existsSync(join(consumer, 'node_modules', '@scarf'))).toBe(false);
    expect(packed.scripts).toBeUndefined();
    expect(packed.devDependencies).toBeUndefined();
  });

  it('ships what runs: no source maps, and Swagger UI with its licence', () => {
    const files = walk(join(consumer, 'node_modules', 'aws-data-advisor'));
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining([join('dist', 'swagger-ui', 'swagger-ui-bundle.js'), join('dist', 'swagger-ui', 'LICENSE')]));
  });

  it('ships the unit prices as data, each with its source and the day it was checked', () => {
    const shipped = readdirSync(join(consumer, 'node_modules', 'aws-data-advisor', 'prices'));
    expect(shipped.sort()).toEqual(readdirSync(join(root, 'prices')).sort());
  });

  it('answers import and require alike, and its bin runs', () => {
    const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: consumer, encoding: 'utf8' }).trim();
    expect(run(['--input-type=module', '-e', "import { recommend } from 'aws-data-advisor'; console.log((await recommend({ name: 'esm' })).workload)"])).toBe('esm');
    expect(run(['-e', "require('aws-data-advisor').recommend({ name: 'cjs' }).then((answer) => console.log(answer.workload))"])).toBe('cjs');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(run([join('node_modules', 'aws-data-advisor', 'dist', 'cli.js'), '--version'])).toBe(version);
  });

  it('ships the example organisation folder the README runs `rules test` on, and its scenarios pass', () => {
    const installed = join(consumer, 'node_modules', 'aws-data-advisor');
    const run = spawnSync(process.execPath, [join(installed, 'dist', 'cli.js'), 'rules', 'test', join('node_modules', 'aws-data-advisor', 'examples', 'company-rules')], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/\n5 scenarios: 5 passed, 0 failed\n$/);
  });

  it('declares hono as an optional peer, for the typed client', () => {
    expect(packed.peerDependencies).toMatchObject({ hono: expect.any(String) });
    expect(packed.peerDependenciesMeta).toMatchObject({ hono: { optional: true } });
  });

  it('types the workload a TypeScript consumer passes: a value outside an enum fails to compile, a right one compiles', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const compilerOptions = { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2023', noEmit: true, skipLibCheck: true, types: [] };
    const check = (name: string, code: string) => {
      writeFileSync(join(consumer, `${name}.mts`), code);
      writeFileSync(join(consumer, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: [`${name}.mts`] }));
      return spawnSync(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: consumer, encoding: 'utf8' });
    };
    const right = check(
      'right',
      "import { createAdvisor, recommend, type WorkloadInput } from 'aws-data-advisor';\n" +
        "const workload: WorkloadInput = { latency: 'real-time', ingestion: { mode: 'streaming', throughputMBps: 20 } };\n" +
        'const answer = await recommend(workload);\n' +
        "const shards: string | number | boolean | string[] | undefined = answer.recommendations[0]?.configuration.shards;\n" +
        "createAdvisor().recommend({ data: { sources: ['clickstream'] }, destinations: ['s3'] });\n" +
        'export { shards };\n',
    );
    expect(right.status, `${right.stdout}${right.stderr}`).toBe(0);

    const wrong = check(
      'wrong',
      "import { createAdvisor, recommend } from 'aws-data-advisor';\n" +
        "await recommend({ latency: 'soon' });\n" +
        "createAdvisor().recommend({ ingestion: { mode: 'streamed' } });\n" +
        'export {};\n',
    );
    const errors = `${wrong.stdout}${wrong.stderr}`;
    expect(wrong.status, errors).not.toBe(0);
    expect(errors).toMatch(/wrong\.mts\(2,\d+\): error TS2322: Type '"soon"' is not assignable/);
    expect(errors).toMatch(/wrong\.mts\(3,\d+\): error TS2322: Type '"streamed"' is not assignable/);
  });
});
