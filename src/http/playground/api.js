// Calls to the REST API. The workload goes as the text the user typed, not
// re-serialised, so a syntax error comes back as the server's own
// malformed-json problem, the same one any other client would see.

/** A problem the page shows when the server did not answer with problem+json. */
function localProblem(title, detail) {
  return { title, detail, errors: [] };
}

async function readProblem(response) {
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (/json/i.test(type)) {
    try {
      const body = JSON.parse(text);
      return { status: response.status, errors: [], ...body };
    } catch {
      // Fall through: show the raw text below.
    }
  }
  return { ...localProblem(`HTTP ${response.status} ${response.statusText}`.trim(), text.slice(0, 500)), status: response.status };
}

/**
 * Posts a workload to `POST /v1/recommendations`, as JSON (with each
 * recommendation's whatWouldChange[], for the page's buttons) or, with
 * `format: 'markdown'`, as an architecture decision record.
 *
 * @example
 * const result = await recommend('{"latency":"real-time"}', { token: '' });
 * if (result.ok) console.log(result.body.recommendations); else console.log(result.problem.title);
 */
export async function recommend(workloadText, { token = '', format = 'json' } = {}) {
  const markdown = format === 'markdown';
  let response;
  try {
    const headers = new Headers({ 'Content-Type': 'application/json', Accept: markdown ? 'text/markdown' : 'application/json' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    response = await fetch(markdown ? '/v1/recommendations?format=markdown' : '/v1/recommendations?whatWouldChange=true', {
      method: 'POST',
      headers,
      body: workloadText,
    });
  } catch (error) {
    return { ok: false, problem: localProblem('Request not sent', `The browser could not send the request: ${error.message}`) };
  }
  if (!response.ok) return { ok: false, problem: await readProblem(response) };
  try {
    return { ok: true, body: markdown ? await response.text() : await response.json() };
  } catch (error) {
    return { ok: false, problem: localProblem('Unreadable answer', `The answer could not be read: ${error.message}`) };
  }
}

/**
 * Posts a workload (its description and any fields) to `POST /v1/workloads/infer`:
 * the workload as the advisor reads it, with each field read and its evidence.
 *
 * @example
 * const result = await inferWorkload('{"description":"About 30 MB/s of clickstream"}', { token: '' });
 * if (result.ok) console.log(result.body.inferred);
 */
export async function inferWorkload(workloadText, { token = '' } = {}) {
  let response;
  try {
    const headers = new Headers({ 'Content-Type': 'application/json', Accept: 'application/json' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    response = await fetch('/v1/workloads/infer', { method: 'POST', headers, body: workloadText });
  } catch (error) {
    return { ok: false, problem: localProblem('Request not sent', `The browser could not send the request: ${error.message}`) };
  }
  if (!response.ok) return { ok: false, problem: await readProblem(response) };
  try {
    return { ok: true, body: await response.json() };
  } catch (error) {
    return { ok: false, problem: localProblem('Unreadable answer', `The answer could not be read: ${error.message}`) };
  }
}

/**
 * Fetches one of the page's own JSON files.
 *
 * @example
 * const scenarios = await pageData('/playground/scenarios.json');
 */
export async function pageData(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}
