import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  confirmSignUp,
  createCognitoTransport,
  regionFromUserPoolId,
  signUp,
} from '../../src/core/index.ts';

type Reply = (res: import('node:http').ServerResponse) => void;
let reply: Reply = (res) => res.end('{}');
const received: Array<{ target: string | undefined; body: string }> = [];
const headers: Array<import('node:http').IncomingHttpHeaders> = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      headers.push(req.headers);
      received.push({ target: req.headers['x-amz-target'] as string | undefined, body });
      reply(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const PASSWORD = 'Passw0rd!';
const input = { username: 'alice', password: PASSWORD };

function json(status: number, body: unknown): Reply {
  return (res) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify(body));
  };
}

describe('createCognitoTransport', () => {
  it('sends JSON 1.1 with the operation as X-Amz-Target and returns the answer', async () => {
    reply = json(200, { UserConfirmed: true, UserSub: 'sub' });
    const result = await signUp({ clientId: 'c', endpoint }, input);
    expect(result).toEqual({ UserConfirmed: true, UserSub: 'sub' });
    const last = received.at(-1);
    expect(last?.target).toBe('AWSCognitoIdentityProviderService.SignUp');
    expect(headers.at(-1)?.['content-type']).toBe('application/x-amz-json-1.1');
    expect(JSON.parse(last?.body ?? '')).toEqual({
      ClientId: 'c',
      Username: 'alice',
      Password: PASSWORD,
    });
  });

  it('turns a Cognito error answer into its code', async () => {
    reply = json(400, { __type: 'UsernameExistsException', message: 'User already exists' });
    await expect(signUp({ clientId: 'c', endpoint }, input)).rejects.toMatchObject({
      code: 'UsernameExistsException',
      field: 'username',
    });
  });

  it.each([
    ['500 with HTML', 500, '<html><body>Bad gateway</body></html>'],
    ['400 with plain text', 400, 'nope'],
    ['502 empty', 502, ''],
  ])('reports %s as InvalidResponseError', async (_name, status, body) => {
    reply = (res) => {
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end(body);
    };
    await expect(signUp({ clientId: 'c', endpoint }, input)).rejects.toMatchObject({
      code: 'InvalidResponseError',
      statusCode: status,
    });
  });

  it('reads the code from `prefix#Name` and from the x-amzn-errortype header', async () => {
    reply = json(400, { __type: 'com.amazonaws#CodeMismatchException', message: 'wrong' });
    await expect(signUp({ clientId: 'c', endpoint }, input)).rejects.toMatchObject({
      code: 'CodeMismatchException',
      statusCode: 400,
    });
    reply = (res) => {
      res.writeHead(429, { 'x-amzn-errortype': 'TooManyRequestsException:http://internal/' });
      res.end('Rate exceeded');
    };
    await expect(signUp({ clientId: 'c', endpoint }, input)).rejects.toMatchObject({
      code: 'TooManyRequestsException',
      statusCode: 429,
      retryable: true,
    });
  });

  it('reports a 200 that is not a SignUp answer as InvalidResponseError', async () => {
    reply = (res) => res.end('<html></html>');
    await expect(signUp({ clientId: 'c', endpoint }, input)).rejects.toMatchObject({
      code: 'InvalidResponseError',
    });
  });

  it('reports a 200 that is not JSON as InvalidResponseError on ConfirmSignUp too', async () => {
    reply = (res) => res.end('<html>portal login</html>');
    await expect(
      confirmSignUp({ clientId: 'c', endpoint }, { username: 'alice', code: '123456' }),
    ).rejects.toMatchObject({ code: 'InvalidResponseError', statusCode: 200 });
    reply = json(200, {});
    await expect(
      confirmSignUp({ clientId: 'c', endpoint }, { username: 'alice', code: '123456' }),
    ).resolves.toEqual({});
  });

  it('times out with TimeoutError', async () => {
    reply = (res) => setTimeout(() => res.end('{}'), 2000);
    await expect(signUp({ clientId: 'c', endpoint, timeoutMs: 100 }, input)).rejects.toMatchObject({
      code: 'TimeoutError',
    });
  });

  it('aborts with AbortError when the signal fires', async () => {
    reply = (res) => setTimeout(() => res.end('{}'), 2000);
    const controller = new AbortController();
    const pending = signUp({ clientId: 'c', endpoint }, input, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: 'AbortError' });
    const before = received.length;
    await expect(
      signUp({ clientId: 'c', endpoint }, input, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ code: 'AbortError' });
    expect(received.length).toBe(before);
  });

  it('reports a refused connection as NetworkError, without the password', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await signUp(
      { clientId: 'c', endpoint: `http://127.0.0.1:${port}/` },
      input,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NetworkError', retryable: true });
    expect(JSON.stringify(error) + String(error) + String((error as Error).cause)).not.toContain(
      PASSWORD,
    );
    // In development, the console says which URL gave no answer and what to check.
    const said = consoleError.mock.calls.map(([text]) => String(text)).join('\n');
    expect(said).toContain(`http://127.0.0.1:${port}/`);
    expect(said).toMatch(/region|endpoint/);
    expect(said).not.toContain(PASSWORD);
    consoleError.mockRestore();
  });

  it('takes the region from the user pool id', () => {
    expect(regionFromUserPoolId('eu-west-1_AbC')).toBe('eu-west-1');
    expect(regionFromUserPoolId('us-gov-west-1_AbC')).toBe('us-gov-west-1');
    expect(regionFromUserPoolId('eusc-de-east-1_AbC')).toBe('eusc-de-east-1');
    expect(regionFromUserPoolId('cn-north-1_AbC')).toBe('cn-north-1');
    expect(regionFromUserPoolId('local_abc')).toBeUndefined();
    expect(() => createCognitoTransport({})).toThrow(/region/);
  });
});
