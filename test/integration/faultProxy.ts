import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with the next requests. */
export type Fault = 'pass' | 'refuse' | 'reset' | 'html500' | 'text400' | 'throttle' | 'slow';

export interface FaultProxy {
  url: string;
  /** Requests that reached the proxy, by X-Amz-Target operation. */
  seen: string[];
  set(fault: Fault): Promise<void>;
  close(): Promise<void>;
}

/** An upstream's answer to a request sent on unchanged. */
export interface Forwarded {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends `req` (with its `body`) on to `upstream` and collects the answer. */
export function forwardTo(upstream: URL, req: IncomingMessage, body: Buffer): Promise<Forwarded> {
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: '/',
        method: req.method,
        // The upstream answers only requests addressed to it (its Host check).
        headers: { ...req.headers, host: upstream.host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 502,
            headers: res.headers as Record<string, string>,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}

/**
 * A loopback proxy in front of cognito-local that the tests steer into faults. `reset` and
 * `slow` forward the request first, so Cognito acts on it while the client sees a failure.
 */
export async function startFaultProxy(target: string, slowMs = 2000): Promise<FaultProxy> {
  const upstream = new URL(target);
  let fault: Fault = 'pass';
  const seen: string[] = [];

  const forward = (req: IncomingMessage, body: Buffer) => forwardTo(upstream, req, body);

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' })
        .end();
      return;
    }
    seen.push(
      String(req.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() ?? '',
    );
    const cors = { 'access-control-allow-origin': '*' };
    switch (fault) {
      case 'html500':
        res
          .writeHead(500, { ...cors, 'content-type': 'text/html' })
          .end('<html><body>Bad gateway</body></html>');
        return;
      case 'text400':
        res.writeHead(400, { ...cors, 'content-type': 'text/plain' }).end('Bad request');
        return;
      case 'throttle':
        res
          .writeHead(400, { ...cors, 'content-type': 'application/x-amz-json-1.1' })
          .end(JSON.stringify({ __type: 'TooManyRequestsException', message: 'Rate exceeded' }));
        return;
      case 'reset': {
        await forward(req, body);
        res.writeHead(200, { ...cors, 'content-type': 'application/x-amz-json-1.1' });
        res.write('{"UserSub":');
        res.socket?.destroy();
        return;
      }
      case 'slow': {
        const answer = await forward(req, body);
        await new Promise((r) => setTimeout(r, slowMs));
        if (!res.destroyed)
          res.writeHead(answer.status, { ...answer.headers, ...cors }).end(answer.body);
        return;
      }
      default: {
        const answer = await forward(req, body);
        res.writeHead(answer.status, { ...answer.headers, ...cors }).end(answer.body);
      }
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  let listening = true;

  return {
    url: `http://127.0.0.1:${port}/`,
    seen,
    async set(next) {
      fault = next;
      if (next === 'refuse' && listening) {
        listening = false;
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      } else if (next !== 'refuse' && !listening) {
        listening = true;
        await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      }
    },
    async close() {
      if (!listening) return;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface Interception {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Forward first, then wait this long before answering with what came back. */
  delayMs?: number;
}

/**
 * A loopback proxy in front of cognito-local that answers chosen operations itself (a 307, a
 * huge body) or late, and forwards the rest.
 */
export async function startInterceptor(
  target: string,
  intercept: (operation: string) => Interception | undefined,
) {
  const upstream = new URL(target);
  const seen: string[] = [];
  const answered: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
      if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      seen.push(operation);
      const rule = intercept(operation);
      if (rule && rule.delayMs === undefined) {
        res.writeHead(rule.status, { ...cors, ...rule.headers }).end(rule.body);
      } else {
        const answer = await forwardTo(upstream, req, Buffer.concat(chunks));
        if (rule?.delayMs) await new Promise((r) => setTimeout(r, rule.delayMs));
        res.writeHead(answer.status, { ...answer.headers, ...cors }).end(answer.body);
      }
      answered.push(operation);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    seen,
    answered,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback server that records whatever reaches it (where a redirect would lead). */
export async function startCatcher() {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
