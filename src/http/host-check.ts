import { isLoopback } from '../config.js';

/** The Host names a loopback-bound server answers to. */
const LOCAL_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** `example.com:3000` → `example.com`; `[::1]:3000` → `[::1]`. */
function hostname(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0];
}

export interface HostCheckOptions {
  /** Address the server binds to: a loopback server answers to localhost names. */
  bindHost: string;
  /** More Host names to accept (ADVISOR_ALLOWED_HOSTS); `*` accepts any. */
  allowedHosts: readonly string[];
  /** Browser origins allowed to call the server (ADVISOR_CORS_ORIGINS; `*` for any), accepted as Origin too. */
  corsOrigins?: readonly string[];
}

/**
 * DNS-rebinding protection (MCP specification, transport security): the Host
 * header, and the Origin header when a browser sends one, must name an
 * allowed host. `Origin: null` (a sandboxed or file page) is refused. A
 * server bound to loopback allows localhost names plus the configured
 * hosts; one bound elsewhere allows only the configured hosts (the
 * configuration refuses to start without them). Returns why a request is
 * refused, or undefined when it may pass.
 *
 * @example
 * const refusal = hostCheck({ bindHost: '127.0.0.1', allowedHosts: [] });
 * refusal('evil.example.com', undefined); // 'Host "evil.example.com" is not allowed here; …'
 */
export function hostCheck(options: HostCheckOptions): (host: string, origin: string | undefined) => string | undefined {
  const configured = options.allowedHosts.map((host) => hostname(host));
  const anyHost = configured.includes('*');
  const allowed = isLoopback(options.bindHost) ? [...LOCAL_NAMES, ...configured] : configured;
  const permits = (host: string) => anyHost || allowed.includes(hostname(host));
  const origins = new Set(options.corsOrigins ?? []);
  const anyOrigin = origins.has('*');
  return (host, origin) => {
    if (!permits(host)) return `Host "${host}" is not allowed here; allowed hosts: ${allowed.join(', ')} (set ADVISOR_ALLOWED_HOSTS)`;
    if (origin === undefined || origins.has(origin) || (anyOrigin && origin !== 'null')) return undefined;
    let originHost: string | undefined;
    try {
      originHost = origin === 'null' ? undefined : new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (originHost && permits(originHost)) return undefined;
    return `Origin "${origin}" is not allowed to call this server (set ADVISOR_CORS_ORIGINS or ADVISOR_ALLOWED_HOSTS)`;
  };
}
