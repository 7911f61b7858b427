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
  it('logs where it listens, serves the API, and stops cleanly on SIGTERM', async () => {
    const { child, url, output } = await serve();
    expect(url.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = (await (await fetch(new URL('/healthz', url))).json()) as { status: string };
    expect(health.status).toBe('ok');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output()).toContain('"path":"/healthz","status":200');
  });

  it('can be silenced with ADVISOR_LOG=silent: start-up and shutdown only', async () => {
    const { child, url, output } = await serve({ ADVISOR_LOG: 'silent' });
    await fetch(new URL('/healthz', url));
    child.kill('SIGINT');
    await once(child, 'exit');
    expect(output()).not.toContain('/healthz');
    expect(output().trim().split('\n').map((line) => JSON.parse(line).event)).toEqual(['listening', 'draining', 'stopped']);
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
    expect(code).toBe(3);
    expect(stderr).toContain(`PORT=${port}: port ${port} on 127.0.0.1 is already in use`);
  });

  it.each(['0x50', '1e3', ' 80', '80.0', '-1'])('refuses PORT=%j rather than reading a number into it', (port) => {
    const { code, stderr } = runCli(['serve'], { env: { PORT: port } });
    expect(code).toBe(3);
    expect(stderr).toContain(`PORT="${port}" must be an integer from 0 to 65535`);
  });

  it('refuses more MCP sessions than the heap holds', () => {
    const { code, stderr } = runCli(['serve'], { env: { ADVISOR_MAX_SESSIONS: '10000' } });
    expect(code).toBe(3);
    expect(stderr).toContain('ADVISOR_MAX_SESSIONS="10000" must be an integer from 1 to 1000');
  });

  it('refuses a token a client could never send, rather than locking every client out', () => {
    const { code, stderr } = runCli(['serve'], { env: { ADVISOR_TOKEN: ' correct-horse-battery-staple ' } });
    expect(code).toBe(3);
    expect(stderr).toContain('ADVISOR_TOKEN may hold only');
  });

  it.each([
    ['ADVISOR_MCP_SESSIONS', 'sticky', 'ADVISOR_MCP_SESSIONS="sticky" must be stateful or stateless'],
    ['ADVISOR_MCP_SESSIONS', 'Stateless', 'ADVISOR_MCP_SESSIONS="Stateless" must be stateful or stateless'],
    ['ADVISOR_LOG', 'verbose', 'ADVISOR_LOG="verbose" must be requests, errors, silent or debug'],
    ['ADVISOR_LOG_FORMAT', 'text', 'ADVISOR_LOG_FORMAT="text" must be json or pretty'],
  ])('refuses %s=%j, naming the variable and what it may be', (name, value, message) => {
    const { code, stderr } = runCli(['serve'], { env: { [name]: value } });
    expect(code).toBe(3);
    expect(stderr.trim()).toBe(`aws-data-advisor: ${message}`);
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    const { code, stderr } = runCli(['serve'], { env: { ADVISOR_HEADERS_TIMEOUT_MS: '20000', ADVISOR_REQUEST_TIMEOUT_MS: '5000' } });
    expect(code).toBe(3);
    expect(stderr).toContain('ADVISOR_HEADERS_TIMEOUT_MS=20000 must not exceed ADVISOR_REQUEST_TIMEOUT_MS=5000');
  });

  it('refuses a HOST it cannot resolve or does not own, naming HOST', () => {
    const unresolvable = runCli(['serve'], { env: { HOST: 'no-such-host.invalid', ADVISOR_ALLOWED_HOSTS: 'advisor.internal' } });
    expect(unresolvable.code).toBe(3);
    expect(unresolvable.stderr).toContain('HOST=no-such-host.invalid cannot be resolved');
    const foreign = runCli(['serve'], { env: { HOST: '203.0.113.9', ADVISOR_ALLOWED_HOSTS: 'advisor.internal' } });
    expect(foreign.code).toBe(3);
    expect(foreign.stderr).toContain('HOST=203.0.113.9 is not an address of this machine');
  });

  it('refuses to listen beyond loopback without a Host allow-list', () => {
    const { code, stderr } = runCli(['serve'], { env: { HOST: '0.0.0.0' } });
    expect(code).toBe(3);
    expect(stderr).toContain('HOST=0.0.0.0 listens beyond this machine: set ADVISOR_ALLOWED_HOSTS');
  });

  it('listens beyond loopback with ADVISOR_ALLOWED_HOSTS=*, and says protection is off', async () => {
    const { child, output } = await serve({ HOST: '0.0.0.0', ADVISOR_ALLOWED_HOSTS: '*' });
    expect(output()).toContain('ADVISOR_ALLOWED_HOSTS=*: any Host header is accepted');
    child.kill('SIGTERM');
    await once(child, 'exit');
  });
});
