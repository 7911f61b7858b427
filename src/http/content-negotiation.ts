import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { parseAccept } from 'hono/utils/accept';

/**
 * The media type, of those a route `offers`, that the request's Accept header
 * prefers (q-value, then the most specific range, then the order offered);
 * the first offer when the header is absent or admits anything; undefined
 * when it admits none of them. Hono's `accepts` ranks; `*\/*` it leaves to us.
 *
 * @example
 * negotiate(c, ['application/json', 'text/markdown']); // Accept: text/markdown → 'text/markdown'
 */
export function negotiate(c: Context, offers: readonly [string, ...string[]]): string | undefined {
  const header = c.req.header('accept');
  if (header === undefined || header.trim() === '') return offers[0];
  const matched = accepts(c, { header: 'Accept', supports: [...offers], default: '' });
  if (matched) return matched;
  return parseAccept(header).some((range) => range.q > 0 && (range.type === '*/*' || range.type === '*')) ? offers[0] : undefined;
}
