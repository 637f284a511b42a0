import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmSignUp,
  createCognitoTransport,
  createTranslator,
  formatMessage,
  normalizeCognitoError,
  SignUpError,
  signUp,
} from '../../src/core/index.ts';
import { createFakeTransport } from '../../src/testing.ts';

// Findings of the security audit, each with the proof of concept turned into a test.

const PASSWORD = 'Pa55word!xyz';
const input = { username: 'alice', password: PASSWORD };

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback HTTP server that records the bodies it receives. */
async function serve(handler: Handler) {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      bodies.push(body);
      handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let target: Awaited<ReturnType<typeof serve>>;
let redirecting: Awaited<ReturnType<typeof serve>>;
let reply: Handler = (_req, res) => res.end('{}');
let cognito: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  target = await serve((_req, res) =>
    res.end(JSON.stringify({ UserConfirmed: true, UserSub: 's' })),
  );
  redirecting = await serve((_req, res) => res.writeHead(307, { location: target.url }).end());
  cognito = await serve((req, res) => reply(req, res));
});
afterAll(async () => {
  await Promise.all([target.close(), redirecting.close(), cognito.close()]);
});

describe('the transport', () => {
  it('never follows a redirect: the password is not re-posted, the answer not accepted', async () => {
    const error = await signUp({ clientId: 'c', endpoint: redirecting.url }, input).catch((e) => e);
    expect(error).toBeInstanceOf(SignUpError);
    expect(error.code).toBe('NetworkError');
    expect(redirecting.bodies).toHaveLength(1);
    expect(target.bodies).toEqual([]);
  });

  it.each([
    ['a plain-http host that is not loopback', 'http://cognito.example.com/'],
    ['a URL without a scheme', '127.0.0.1:9229'],
    ['a relative path', '/cognito'],
    ['another scheme', 'ftp://127.0.0.1/'],
    ['credentials in the URL', 'https://admin:hunter2secret@cognito.example.com/'],
  ])(
    'refuses %s as a configuration error, without a request or the URL echoed',
    async (_, endpoint) => {
      const error = await signUp({ clientId: 'c', endpoint }, input).catch((e) => e);
      expect(error.code).toBe('ConfigurationError');
      expect(JSON.stringify({ message: error.message, cause: String(error.cause) })).not.toContain(
        'hunter2secret',
      );
      expect(() => createCognitoTransport({ endpoint })).toThrow(SignUpError);
    },
  );

  it.each([
    'https://cognito-idp.eu-west-1.amazonaws.com/',
    'http://localhost:9229/',
    'http://[::1]:9229/',
  ])('accepts %s', (endpoint) => {
    expect(() => createCognitoTransport({ endpoint })).not.toThrow();
  });

  it('refuses an answer that declares more than 64 KB without reading it', async () => {
    reply = (_req, res) => {
      res.writeHead(200, { 'content-length': String(150 * 1024 * 1024) });
      res.write('{"UserConfirmed":true,');
      // The rest never comes: the transport must not wait for it.
    };
    const error = await signUp(
      { clientId: 'c', endpoint: cognito.url, timeoutMs: 10_000 },
      input,
    ).catch((e) => e);
    expect(error.code).toBe('InvalidResponseError');
  });

  it('stops reading an answer that grows past 64 KB', async () => {
    reply = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(`{"UserConfirmed":true,"UserSub":"${'x'.repeat(70 * 1024)}"}`);
    };
    const error = await signUp({ clientId: 'c', endpoint: cognito.url }, input).catch((e) => e);
    expect(error.code).toBe('InvalidResponseError');
  });

  it('drops an implausibly long delivery destination instead of rendering it', async () => {
    reply = (_req, res) =>
      res.end(
        JSON.stringify({
          UserConfirmed: false,
          UserSub: 's',
          CodeDeliveryDetails: { Destination: 'a'.repeat(60_000), DeliveryMedium: 'EMAIL' },
        }),
      );
    const result = await signUp({ clientId: 'c', endpoint: cognito.url }, input);
    expect(result.CodeDeliveryDetails).toEqual({ DeliveryMedium: 'EMAIL' });
  });
});

describe('redaction', () => {
  const SECRET = 'Pa55 "w&rd"/ü!';
  const forms: Array<[string, string]> = [
    ['exact', SECRET],
    ['URL-encoded', encodeURIComponent(SECRET)],
    ['form-encoded', encodeURIComponent(SECRET).replace(/%20/g, '+')],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    ['HTML-escaped', SECRET.replace(/&/g, '&amp;').replace(/"/g, '&quot;')],
    ['case-folded', SECRET.toUpperCase()],
    ['truncated', SECRET.slice(0, 8)],
  ];

  it.each(forms)('scrubs the %s password from message, values and cause', (_, form) => {
    const error = normalizeCognitoError(
      {
        __type: 'UserLambdaValidationException',
        message: `PreSignUp failed with error bad password ${form}.`,
      },
      { secrets: [SECRET] },
    );
    const texts = JSON.stringify([
      error.message,
      error.values,
      error.lambdaMessage,
      String((error.cause as Error).message),
    ]);
    expect(texts).not.toContain(form);
    expect(texts).not.toContain(JSON.stringify(form).slice(1, -1));
    expect(texts.toLowerCase()).not.toContain('pa55 ');
    expect(error.lambdaMessage).toBe('bad password ***');
  });

  it('scrubs HTML-escaped special characters', () => {
    const secret = `a<b>&"c'd`;
    const html = 'a&lt;b&gt;&amp;&quot;c&#39;d';
    expect(normalizeCognitoError({ message: `x ${html} y` }, { secrets: [secret] }).message).toBe(
      'x *** y',
    );
  });

  it('scrubs the cause of an error a custom transport throws, and the code, Session and SecretHash', async () => {
    const session = 'session-secret-0123456789';
    const transport = createFakeTransport({
      ConfirmSignUp: () => {
        throw new SignUpError({
          code: 'InternalErrorException',
          message: `failed for 987654 with ${session}`,
          cause: new Error(`upstream saw code 987654, session ${session}, hash HASHabcdef123`),
        });
      },
    });
    const error = await confirmSignUp(
      { clientId: 'c', transport, getSecretHash: () => 'HASHabcdef123' },
      { username: 'alice', code: '987654', session },
    ).catch((e) => e);
    const texts = JSON.stringify([error.message, String((error.cause as Error).message)]);
    expect(error.code).toBe('InternalErrorException');
    for (const secret of ['987654', session, 'HASHabcdef123']) expect(texts).not.toContain(secret);
  });
});

describe('messages', () => {
  it('fills placeholders from own keys only', () => {
    expect(formatMessage('{constructor} {toString} {n}', { n: 1 })).toBe(
      '{constructor} {toString} 1',
    );
  });

  it('translates inherited key names as unknown keys, never as functions', () => {
    const t = createTranslator();
    expect(t('constructor')).toBe('constructor');
    expect(t('__proto__')).toBe('__proto__');
    expect(t('error.UnknownError', { constructor: 'x' })).toBe('Something went wrong. Try again.');
  });
});
