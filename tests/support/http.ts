import { createAdvisor } from '../../src/domain/advisor.js';
import { type AppOptions, createApp } from '../../src/http/app.js';

export const advisor = createAdvisor();

/** The app as tests call it: no port, `app.request()` only. */
export function testApp(options: Partial<AppOptions> = {}) {
  return createApp({ advisor, today: () => '2026-11-26', ...options });
}

export const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** Asserts the response is an RFC 9457 problem and returns its body. */
export async function problemOf(response: Response) {
  if (!response.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${response.headers.get('content-type')} (${response.status}): ${await response.text()}`);
  }
  const body = (await response.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: Array<{ path: string; message: string }>;
  };
  if (body.status !== response.status || !body.type || !body.title || typeof body.detail !== 'string') {
    throw new Error(`incomplete problem body: ${JSON.stringify(body)}`);
  }
  return body;
}
