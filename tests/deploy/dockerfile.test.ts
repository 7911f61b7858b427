import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dockerfile = readFileSync(new URL('Dockerfile', `file://${ROOT}`), 'utf8');

/** The Dockerfile's instructions, continuation lines joined and comments dropped, with the stage each belongs to. */
function instructions() {
  const joined = dockerfile.replace(/\\\n\s*/g, ' ');
  const list: Array<{ stage: number; keyword: string; rest: string }> = [];
  let stage = -1;
  for (const line of joined.split('\n')) {
    const match = /^([A-Z]+)\s+(.*)$/.exec(line.trim());
    if (!match || line.trim().startsWith('#')) continue;
    if (match[1] === 'FROM') stage++;
    list.push({ stage, keyword: match[1], rest: match[2].trim() });
  }
  return list;
}

const all = instructions();
const last = Math.max(...all.map((instruction) => instruction.stage));
const final = all.filter((instruction) => instruction.stage === last);
const one = (keyword: string) => final.filter((instruction) => instruction.keyword === keyword).at(-1)?.rest ?? '';

/** ENV as the image sets it: `ENV A=1 B=2` lines, in order. */
function imageEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { rest } of final.filter((instruction) => instruction.keyword === 'ENV')) {
    for (const pair of rest.split(/\s+/)) {
      const [name, ...value] = pair.split('=');
      env[name] = value.join('=');
    }
  }
  return env;
}

const children: Array<ReturnType<typeof spawn>> = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('the Dockerfile (read here: no Docker engine on this machine)', () => {
  it('builds in one stage and runs in another with production dependencies only, as a numeric non-root user', () => {
    expect(all.filter((instruction) => instruction.keyword === 'FROM').length).toBe(2);
    expect(final.some(({ keyword, rest }) => keyword === 'RUN' && /npm ci --omit=dev/.test(rest))).toBe(true);
    expect(final.some(({ keyword, rest }) => keyword === 'COPY' && rest.startsWith('--from=build /app/dist '))).toBe(true);
    expect(one('USER')).toMatch(/^[1-9]\d*:[1-9]\d*$/);
  });

  it('copies exactly what the server reads, and each of those exists here', () => {
    const copied = final.filter(({ keyword, rest }) => keyword === 'COPY' && !rest.startsWith('--from')).map(({ rest }) => rest.split(/\s+/).slice(0, -1)).flat();
    expect(copied.sort()).toEqual(['openapi.yaml', 'package-lock.json', 'package.json', 'rules', 'src/http/playground'].sort());
    for (const path of copied) expect(existsSync(`${ROOT}${path}`), path).toBe(true);
  });

  it('sets HOST=0.0.0.0 with a Host allow-list that is not *, which the configuration accepts', () => {
    const env = imageEnv();
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.ADVISOR_ALLOWED_HOSTS).toBeTruthy();
    expect(env.ADVISOR_ALLOWED_HOSTS.split(',')).not.toContain('*');
    expect(() => readConfig(env)).not.toThrow();
  });

  it('runs the same command as the cluster test, and its HEALTHCHECK passes against it', async () => {
    const cmd = JSON.parse(one('CMD')) as string[];
    const printed = spawnSync(process.execPath, ['scripts/cluster-test.mjs', '--print-command'], { cwd: ROOT, encoding: 'utf8' });
    expect(printed.status).toBe(0);
    expect(cmd).toEqual(JSON.parse(printed.stdout));

    // The CMD as the image runs it (node from PATH there, this node here), with the image's ENV on a free loopback port.
    const env = { ...process.env, ...imageEnv(), HOST: '127.0.0.1', PORT: '0' };
    const child = spawn(cmd[0] === 'node' ? process.execPath : cmd[0], cmd.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout?.setEncoding('utf8');
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: string) => {
        output += chunk;
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    const healthcheck = /^(?:--\S+\s+)*CMD\s+(\[.*\])$/.exec(one('HEALTHCHECK'));
    expect(healthcheck).not.toBeNull();
    const [command, ...args] = JSON.parse((healthcheck as RegExpExecArray)[1]) as string[];
    expect(command).toBe('node');
    const probe = spawnSync(process.execPath, args, { env: { ...env, PORT: port }, timeout: 10_000 });
    expect(probe.status).toBe(0);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    // And the probe fails once nothing answers.
    expect(spawnSync(process.execPath, args, { env: { ...env, PORT: port }, timeout: 10_000 }).status).toBe(1);
  }, 30_000);

  it('keeps the build context small: no node_modules, dist or .git, but the scenarios the build reads', () => {
    const ignore = readFileSync(`${ROOT}.dockerignore`, 'utf8').split('\n').map((line) => line.trim());
    for (const entry of ['node_modules', 'dist', '.git', 'tests/*', '!tests/scenarios']) expect(ignore).toContain(entry);
  });
});
