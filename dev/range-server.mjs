// A local stand-in for Have I Been Pwned's Pwned Passwords range API, for `npm start` and the
// tests: GET /range/<5 hex> answers `<35 hex suffix>:<count>` lines (CRLF), with padding lines
// (`:0`) when asked with `Add-Padding: true`, and the CORS headers a page of an allowed origin
// needs (dev/local-guard.cjs: a foreign Host gets 421, another origin's page 403). It knows a
// short list of breached test passwords. Faults can be switched on for tests. Loopback only.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import guard from './local-guard.cjs';

/** Passwords this server reports as breached (all meet Cognito's default policy). */
export const BREACHED_PASSWORDS = {
  'Password1!': 1_234_567,
  'P@ssw0rd123': 58_000,
  'Summer2024!': 1,
};

/** @typedef {'slow' | 'status500' | 'huge' | 'malformed' | null} RangeFault */
/**
 * @typedef {{
 *   url: string,
 *   requests: { method: string, url: string, headers: import('node:http').IncomingHttpHeaders, body: string }[],
 *   setFault: (fault: RangeFault) => void,
 *   allowOrigins: (origins: string[]) => void,
 *   close: () => Promise<void>,
 * }} RangeServer
 */

/** @param {string} password */
export function sha1(password) {
  return createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
}

/**
 * Starts the range server on 127.0.0.1 (port 0 = any free port). Pages of `allowedOrigins` (and
 * of LOCAL_COGNITO_ALLOWED_ORIGINS) may call it; `allowOrigins` adds more later.
 * @param {{ port?: number, passwords?: Record<string, number>, allowedOrigins?: string[] }} [options]
 * @returns {Promise<RangeServer>}
 */
export async function startRangeServer({
  port = 0,
  passwords = BREACHED_PASSWORDS,
  allowedOrigins = [],
} = {}) {
  const origins = guard.parseOrigins([
    ...guard.parseOrigins(process.env[guard.ALLOWED_ORIGINS_ENV]),
    ...allowedOrigins,
  ]);
  const known = new Map(
    Object.entries(passwords).map(([password, count]) => [sha1(password), count]),
  );
  /** @type {RangeServer['requests']} */
  const requests = [];
  /** @type {RangeFault} */
  let fault = null;
  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set();
  /** The port it listens on, once it does (the Host header must name it). */
  let actualPort = port;

  const server = createServer((req, res) => {
    const rules = { port: actualPort, origins, allowHeaders: 'Add-Padding', allowMethods: 'GET' };
    if (guard.guardRequest(req, res, rules)) return;
    let body = '';
    req.on('data', (chunk) => {
      if (body.length < 4096) body += chunk;
    });
    req.on('end', () => {
      // The guard has set the CORS headers for an allowed page, and answered its preflight.
      const cors = {};
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end();
        return;
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const prefix = /^\/range\/([0-9A-Fa-f]{5})$/.exec(req.url ?? '')?.[1]?.toUpperCase();
      if (req.method !== 'GET' || !prefix) {
        res.writeHead(req.method === 'GET' ? 400 : 405, cors).end();
        return;
      }
      if (fault === 'slow') {
        // Never answers while the fault lasts: the page's timeout must end the wait.
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (fault === 'status500') {
        res.writeHead(500, cors).end('Internal Server Error');
        return;
      }
      const headers = { ...cors, 'Content-Type': 'text/plain' };
      if (fault === 'huge') {
        // 5 MB of well-formed lines: only a bounded read stops it.
        res.writeHead(200, headers);
        const line = `${'0'.repeat(35)}:1\r\n`;
        const block = line.repeat(1024);
        for (let i = 0; i < Math.ceil((5 * 1024 * 1024) / block.length); i++) res.write(block);
        res.end();
        return;
      }
      if (fault === 'malformed') {
        res.writeHead(200, headers).end('<html>not a range</html>\r\n');
        return;
      }
      const lines = [];
      for (const [hash, count] of known) {
        if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:${count}`);
      }
      // Real answers hold hundreds of suffixes; a few unrelated ones make the parse honest.
      for (let i = 0; i < 20; i++)
        lines.push(`${randomBytes(18).toString('hex').slice(0, 35).toUpperCase()}:${i + 2}`);
      if (String(req.headers['add-padding']).toLowerCase() === 'true') {
        for (let i = 0; i < 100; i++)
          lines.push(`${randomBytes(18).toString('hex').slice(0, 35).toUpperCase()}:0`);
      }
      lines.sort();
      res.writeHead(200, headers).end(lines.join('\r\n'));
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    requests,
    allowOrigins(more) {
      for (const origin of guard.parseOrigins(more)) origins.add(origin);
    },
    setFault(next) {
      fault = next;
      if (!next) for (const res of hanging) res.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
