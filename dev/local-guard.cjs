// What every local server of `npm start` and the tests checks before it answers (issue #35):
// they listen on loopback, but a browser reaches loopback too, from any page it has open.
// - The Host header must name this server on loopback (127.0.0.1, localhost or [::1], with its
//   own port): a DNS-rebinding page (evil.example resolved to 127.0.0.1) sends its own name and
//   gets 421 Misdirected Request.
// - CORS answers the allowed origins only (the demo's Vite server, the tests' pages), named by
//   LOCAL_COGNITO_ALLOWED_ORIGINS (comma- or space-separated) or by the code that starts the
//   server. A page of another origin gets no Access-Control-Allow-Origin; its preflight and its
//   requests get 403, so not even a "simple" request without preflight reaches the server.
// Node scripts send no Origin header: they are not browsers, and pass.

/** The environment variable naming the origins whose pages may call the local servers. */
const ALLOWED_ORIGINS_ENV = 'LOCAL_COGNITO_ALLOWED_ORIGINS';

/**
 * The origins listed in `value` (comma- or space-separated), normalized as browsers send them
 * (scheme, host, port; no path, no trailing slash). Entries that are no http(s) origin are dropped.
 * @param {string | readonly string[] | undefined} value
 * @returns {Set<string>}
 */
function parseOrigins(value) {
  const entries = Array.isArray(value) ? value : String(value ?? '').split(/[\s,]+/);
  const origins = new Set();
  for (const entry of entries) {
    if (!entry) continue;
    try {
      const url = new URL(entry);
      if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
    } catch {
      // not an origin
    }
  }
  return origins;
}

/**
 * True when `host` (the Host header) names this server on loopback with its own port.
 * @param {string | undefined} host
 * @param {number} port
 */
function isOwnHost(host, port) {
  if (typeof host !== 'string') return false;
  const name = host.toLowerCase();
  return name === `127.0.0.1:${port}` || name === `localhost:${port}` || name === `[::1]:${port}`;
}

/**
 * Checks a request against the Host and Origin rules above. Answers it itself (421 for a foreign
 * Host, 403 for a page of another origin, 204 for an allowed preflight) and returns true; or sets
 * the CORS headers an allowed page needs and returns false, for the server to answer.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ port: number, origins: Set<string>, allowMethods: string, allowHeaders?: string }} rules
 *   `allowHeaders` unset: the preflight's own list (any header, for an allowed origin only).
 */
function guardRequest(req, res, rules) {
  if (!isOwnHost(req.headers.host, rules.port)) {
    res.writeHead(421, { 'content-type': 'text/plain', connection: 'close' });
    res.end('Misdirected request: this local server answers its own loopback address only.');
    return true;
  }
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  if (!rules.origins.has(origin)) {
    res.writeHead(403, { 'content-type': 'text/plain', vary: 'Origin' });
    res.end('This origin may not call this local server.');
    return true;
  }
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': rules.allowMethods,
      'Access-Control-Allow-Headers':
        rules.allowHeaders ?? req.headers['access-control-request-headers'] ?? '',
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return true;
  }
  return false;
}

module.exports = { ALLOWED_ORIGINS_ENV, guardRequest, isOwnHost, parseOrigins };
