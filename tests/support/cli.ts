import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The built bin, as a user's shell runs it (npm test builds it first). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export function runCli(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a wrong command line and checks it exits 2 with the reason on one stderr line and the command's usage line after it. */
export function expectUsageError(args: string[], message: string): void {
  const { code, stderr } = runCli(args);
  expect(code, args.join(' ')).toBe(2);
  const lines = stderr.trim().split('\n');
  expect(lines[0]).toContain(message);
  expect(lines[1]).toMatch(/^Usage: aws-data-advisor /);
  expect(lines).toHaveLength(2);
}

/** A running `aws-data-advisor serve`: the process, its URL, everything it printed so far. */
export interface ServeProcess {
  child: ChildProcess;
  url: URL;
  output(): string;
}

/**
 * Starts `aws-data-advisor serve` on a free port and resolves once its one
 * line says where it listens. `children` collects the process for cleanup.
 */
export async function startServe(children: ChildProcess[], env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve'], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.setEncoding('utf8');
  const url = await new Promise<URL>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(new URL(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

/**
 * A raw TCP connection to a local server, collecting whatever it answers:
 * `closed` resolves with all of it once the server closes the connection.
 */
export async function openRawConnection(port: number) {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (data: string) => {
    answer += data;
  });
  const closed = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(answer));
    socket.on('error', () => undefined);
  });
  return { socket, closed };
}
