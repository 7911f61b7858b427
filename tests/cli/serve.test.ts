import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startServe } from '../support/cli.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const serve = (env: Record<string, string> = {}) => startServe(children, env);

describe('aws-data-advisor serve', () => {
  it('logs one line with the URL, serves the API, and stops cleanly on SIGTERM', async () => {
    const { child, url, output } = await serve();
    expect(url.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = (await (await fetch(new URL('/healthz', url))).json()) as { status: string };
    expect(health.status).toBe('ok');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output()).toContain('GET /healthz 200');
  });

  it('can be silenced with ADVISOR_LOG=silent', async () => {
    const { child, url, output } = await serve({ ADVISOR_LOG: 'silent' });
    await fetch(new URL('/healthz', url));
    child.kill('SIGINT');
    await once(child, 'exit');
    expect(output()).not.toContain('GET /healthz');
  });

  it('refuses to start on a bad PORT, naming it', () => {
    const { code, stderr } = runCli(['serve'], { env: { PORT: '70000' } });
    expect(code).toBe(3);
    expect(stderr.trim()).toBe('aws-data-advisor: PORT="70000" must be an integer from 0 to 65535');
  });

  it('says so when the port is taken', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const port = String((blocker.address() as { port: number }).port);
    const { code, stderr } = runCli(['serve'], { env: { PORT: port } });
    blocker.close();
    expect(code).not.toBe(0);
    expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
  });
});
