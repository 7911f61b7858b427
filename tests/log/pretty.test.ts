import { describe, expect, it } from 'vitest';
import { prettyLine } from '../../src/log/pretty.js';

describe('prettyLine', () => {
  it('shows a request as method, path, status, ms, bytes and id', () => {
    const line = prettyLine(
      '{"level":"info","time":"2026-11-26T17:33:10.250Z","requestId":"5f0c","method":"POST","path":"/v1/recommendations?format=mermaid","status":200,"durationMs":1.42,"bytes":3540,"msg":"request"}',
    );
    expect(line).toBe('17:33:10.250 INFO  POST /v1/recommendations?format=mermaid 200 1.42 ms 3,540 B id=5f0c\n');
  });

  it('escapes control characters wherever they are, and indents an error stack below its line', () => {
    const line = prettyLine(
      JSON.stringify({ level: 'error', time: '2026-11-26T17:33:10.250Z', requestId: 'x\ny', err: { type: 'Error', message: 'bad\u001b[31m', stack: 'Error: bad\u001b[31m\n    at f (a.js:1:1)' }, msg: 'unexpected error\nforged' }),
    );
    expect(line).toBe('17:33:10.250 ERROR unexpected error\\u000aforged requestId=x\\u000ay\n    Error: bad\\u001b[31m\n        at f (a.js:1:1)\n');
    expect(line.split('\n').some((text) => text.startsWith('forged'))).toBe(false);
  });

  it('colours the level only when asked', () => {
    const entry = '{"level":"warn","time":"2026-11-26T17:33:10.250Z","event":"stopped","clean":false,"msg":"stopped after 10000 ms"}';
    expect(prettyLine(entry)).toBe('17:33:10.250 WARN  stopped after 10000 ms\n');
    expect(prettyLine(entry, { color: true })).toBe('17:33:10.250 \u001b[33mWARN \u001b[39m stopped after 10000 ms\n');
  });

  it('passes on a line that is not JSON, escaped', () => {
    expect(prettyLine('plain\u0007 text\n')).toBe('plain\\u0007 text\n');
  });
});
