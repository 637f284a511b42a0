import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getHeapSnapshot } from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { sha1, startRangeServer } from '../../dev/range-server.mjs';
import { createSignUpForm } from '../../src/core/controller/createSignUpForm.ts';
import {
  BreachedPasswordCheckError,
  checkBreachedPassword,
  MAX_RANGE_BYTES,
  rangeCount,
} from '../../src/core/extensions/breachedPassword.ts';
import { sha1Hex } from '../../src/core/extensions/sha1.ts';
import { createFakeTransport } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';
import { BREACHED, rangeServerPerFile } from '../rangeServer.ts';

// The lookup against the local range server (a real HTTP server with HIBP's answer format): what
// leaves the process, what the answer means, and every way it can fail open.

const range = rangeServerPerFile();

const signal = () => new AbortController().signal;

describe('rangeCount', () => {
  it('hashes with SHA-1 as Node does, uppercase hex, at every padding boundary', () => {
    for (const password of [PASSWORD, 'pässwörd €', '密码Password1!', '😀'.repeat(40)]) {
      expect(sha1Hex(password)).toBe(sha1(password));
    }
    for (let length = 0; length <= 200; length++) {
      const password = randomBytes(length).toString('latin1');
      expect(sha1Hex(password)).toBe(sha1(password));
    }
  });

  it('finds a breached password, ignores padding, and sends only the first five of the hash', async () => {
    expect(await rangeCount(range().url, BREACHED, signal())).toBe(1_234_567);
    expect(range().requests).toHaveLength(1);
    const [request] = range().requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`/range/${sha1(BREACHED).slice(0, 5)}`);
    expect(request?.headers['add-padding']).toBe('true');
    expect(request?.body).toBe('');
    // Nothing else of the password or its hash anywhere in the request.
    const everything = JSON.stringify(request);
    expect(everything).not.toContain(sha1(BREACHED).slice(5, 12));
    expect(everything).not.toContain(BREACHED);
  });

  it('answers 0 for a password in no breach (its range holds padding and other suffixes)', async () => {
    expect(await rangeCount(range().url, PASSWORD, signal())).toBe(0);
  });
});

describe('checkBreachedPassword', () => {
  it('block: a breached password is a problem with its count, a clean one none, each looked up once', async () => {
    const check = checkBreachedPassword({ endpoint: range().url });
    expect(check.rule(BREACHED)).toBeUndefined();
    const [first, second] = await Promise.all([check.screen(BREACHED), check.screen(BREACHED)]);
    expect(first).toEqual({ reason: 'breached', values: { count: 1_234_567 } });
    expect(second).toEqual(first);
    expect(await check.screen(BREACHED)).toEqual(first);
    expect(check.problem(BREACHED)).toEqual(first);
    expect(check.rule(BREACHED)).toMatchObject({ rule: 'breached', met: false });
    expect(await check.screen(PASSWORD)).toBeUndefined();
    expect(check.rule(PASSWORD)).toMatchObject({ rule: 'breached', met: true });
    expect(check.problem(PASSWORD)).toBeUndefined();
    expect(range().requests).toHaveLength(2);
  });

  it('warn: the first time a breach is found it is said, then the person may go on', async () => {
    const check = checkBreachedPassword({ endpoint: range().url, mode: 'warn' });
    expect(await check.screen('Summer2024!')).toEqual({
      reason: 'breachedWarning',
      values: { count: 1 },
    });
    expect(await check.screen('Summer2024!')).toBeUndefined();
    expect(check.problem('Summer2024!')).toBeUndefined();
    expect(check.rule('Summer2024!')).toMatchObject({ met: false });
  });

  it.each([
    ['slow', 'timeout'],
    ['status500', 'status'],
    ['huge', 'tooLarge'],
    ['malformed', 'malformed'],
  ] as const)(
    'fails open on a %s answer (%s), tells onError, and tries again next time',
    async (fault, reason) => {
      range().setFault(fault);
      const onError = vi.fn();
      const check = checkBreachedPassword({ endpoint: range().url, timeout: 500, onError });
      expect(await check.screen(BREACHED)).toBeUndefined();
      expect(check.rule(BREACHED)).toBeUndefined();
      expect(onError).toHaveBeenCalledTimes(1);
      const error = onError.mock.calls[0]?.[0] as BreachedPasswordCheckError;
      expect(error).toBeInstanceOf(BreachedPasswordCheckError);
      expect(error.reason).toBe(reason);
      // Neither the password nor any part of its hash is in what is reported.
      const said = `${error.message} ${String(error.stack)} ${JSON.stringify(error)}`;
      expect(said).not.toContain(BREACHED);
      expect(said).not.toContain(sha1(BREACHED).slice(0, 5));
      range().setFault(null);
      expect(await check.screen(BREACHED)).toMatchObject({ reason: 'breached' });
    },
  );

  it('bounds the read: an answer over the limit is refused, not buffered', async () => {
    range().setFault('huge');
    await expect(rangeCount(range().url, BREACHED, signal())).rejects.toMatchObject({
      reason: 'tooLarge',
      message: `the range answer is over ${MAX_RANGE_BYTES} bytes`,
    });
  });

  it('fails closed when asked: a failed lookup is a problem of its own', async () => {
    range().setFault('status500');
    const check = checkBreachedPassword({ endpoint: range().url, failClosed: true, onError() {} });
    expect(await check.screen(BREACHED)).toEqual({ reason: 'breachedUnchecked', values: {} });
  });

  it('a network error (nothing listening) fails open', async () => {
    const closed = await startRangeServer();
    await closed.close();
    const onError = vi.fn();
    const check = checkBreachedPassword({ endpoint: closed.url, onError });
    expect(await check.screen(BREACHED)).toBeUndefined();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ reason: 'network' });
  });

  it('a check of your own replaces the lookup; its failures say nothing of the password', async () => {
    const seen: string[] = [];
    const check = checkBreachedPassword({
      check: async (password) => {
        seen.push(password);
        return password === 'hunter2Hunter!' ? 3 : 0;
      },
    });
    expect(await check.screen('hunter2Hunter!')).toMatchObject({ values: { count: 3 } });
    expect(await check.screen(PASSWORD)).toBeUndefined();
    expect(seen).toEqual(['hunter2Hunter!', PASSWORD]);
    expect(range().requests).toHaveLength(0);

    const onError = vi.fn();
    const failing = checkBreachedPassword({
      check: async (password) => {
        throw new Error(`cannot check ${password}`);
      },
      onError,
    });
    expect(await failing.screen(BREACHED)).toBeUndefined();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ reason: 'check' });
    expect(String(onError.mock.calls[0]?.[0].message)).not.toContain(BREACHED);
  });

  it('outside a secure context the lookup is skipped (no request) and said', async () => {
    const onError = vi.fn();
    vi.stubGlobal('isSecureContext', false);
    try {
      const check = checkBreachedPassword({ endpoint: range().url, onError });
      expect(await check.screen(BREACHED)).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ reason: 'insecureContext' });
    expect(range().requests).toHaveLength(0);
  });

  it('without onError, development says a failed lookup once in the console, without the password', async () => {
    range().setFault('status500');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const check = checkBreachedPassword({ endpoint: range().url });
      await check.screen(BREACHED);
      await check.screen(BREACHED);
      const lines = warn.mock.calls.map((call) => call.join(' '));
      expect(lines.filter((line) => line.includes('breached-password check'))).toHaveLength(1);
      expect(lines.join('\n')).not.toContain(BREACHED);
    } finally {
      warn.mockRestore();
    }
  });
});

/** A loopback server that answers every request with a redirect to `target` (same path). */
async function startRedirectServer(target: string) {
  const server = createServer((req, res) => {
    res.writeHead(302, { Location: `${target}${req.url ?? ''}` }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Whether a heap snapshot (taken after a full garbage collection) holds a string of these
 * bytes. The bytes are searched as bytes: a string to search for would itself be in the heap.
 */
async function heapHolds(bytes: Buffer): Promise<boolean> {
  let tail = Buffer.alloc(0);
  for await (const chunk of getHeapSnapshot()) {
    const read = Buffer.concat([tail, Buffer.from(chunk as string)]);
    if (read.includes(bytes)) return true;
    tail = read.subarray(-bytes.length);
  }
  return false;
}

/** The error `make` throws. */
function thrownBy(make: () => unknown): unknown {
  try {
    make();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('checkBreachedPassword keeps no password (security #35)', () => {
  it('the rule answers for a password looked up, not for one never looked up; the heap search finds a string still held', async () => {
    // A password made here, never written as a literal: after the lookups only the character
    // codes are kept, so a heap that still holds the password holds it in the check.
    const codes = [...randomBytes(16)].map((byte) => 97 + (byte % 26)).concat(55, 33);
    const typed = () => String.fromCharCode(...codes);
    const check = checkBreachedPassword({ endpoint: range().url });
    expect(await check.screen(typed())).toBeUndefined();
    expect(await check.screen(BREACHED)).toMatchObject({ reason: 'breached' });
    // The rule answers for a password looked up, and says nothing of one never looked up.
    expect(check.rule(typed())).toMatchObject({ rule: 'breached', met: true });
    expect(check.rule(`${typed()}x`)).toBeUndefined();
    // (The search works: a string the test still holds is found.)
    const held = typed();
    expect(await heapHolds(Buffer.from(codes))).toBe(true);
    expect(held).toHaveLength(codes.length);
  }, 60_000);

  it('the heap holds no password once the test lets go of it', async () => {
    const codes = [...randomBytes(16)].map((byte) => 97 + (byte % 26)).concat(56, 35);
    const typed = () => String.fromCharCode(...codes);
    const check = checkBreachedPassword({ endpoint: range().url });
    expect(await check.screen(typed())).toBeUndefined();
    expect(check.rule(typed())).toMatchObject({ met: true });
    expect(await heapHolds(Buffer.from(codes))).toBe(false);
    expect(range().requests).toHaveLength(1);
  }, 60_000);

  it('forget(): what was looked up is forgotten, the next check looks it up again', async () => {
    const check = checkBreachedPassword({ endpoint: range().url });
    await check.screen(BREACHED);
    expect(check.problem(BREACHED)).toMatchObject({ reason: 'breached' });
    check.forget();
    expect(check.rule(BREACHED)).toBeUndefined();
    expect(check.problem(BREACHED)).toBeUndefined();
    expect(await check.screen(BREACHED)).toMatchObject({ reason: 'breached' });
    expect(range().requests).toHaveLength(2);
  });

  it('a lookup still running when the check forgets is not remembered', async () => {
    const check = checkBreachedPassword({ endpoint: range().url });
    const running = check.screen(BREACHED);
    check.forget();
    expect(await running).toMatchObject({ reason: 'breached' });
    expect(check.rule(BREACHED)).toBeUndefined();
  });

  it('the controller makes it forget after a SignUp that went through and at Start over (reset)', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const breachedPassword = checkBreachedPassword({ endpoint: range().url });
    const controller = createSignUpForm({
      clientId: 'client1',
      region: 'us-east-1',
      transport,
      breachedPassword,
    });
    const typed = { username: 'ada', password: PASSWORD };
    const validation = await controller.validate(typed);
    expect(validation.errors).toEqual({});
    expect(breachedPassword.rule(PASSWORD)).toMatchObject({ met: true });
    expect(await controller.submit(validation.values)).toBe(true);
    expect(breachedPassword.rule(PASSWORD)).toBeUndefined();

    controller.reset();
    await controller.validate(typed);
    expect(range().requests).toHaveLength(2);
    expect(breachedPassword.rule(PASSWORD)).toMatchObject({ met: true });
    controller.reset();
    expect(breachedPassword.rule(PASSWORD)).toBeUndefined();
    await controller.validate(typed);
    expect(range().requests).toHaveLength(3);
  });
});

describe('checkBreachedPassword asks only where it was told (security #35)', () => {
  it('refuses a redirect: the lookup fails and the redirect target is not believed', async () => {
    const redirect = await startRedirectServer(range().url);
    try {
      const onError = vi.fn();
      const open = checkBreachedPassword({ endpoint: redirect.url, onError });
      expect(await open.screen(BREACHED)).toBeUndefined();
      expect(open.rule(BREACHED)).toBeUndefined();
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ reason: 'network' });
      const closed = checkBreachedPassword({
        endpoint: redirect.url,
        failClosed: true,
        onError() {},
      });
      expect(await closed.screen(BREACHED)).toEqual({ reason: 'breachedUnchecked', values: {} });
      expect(range().requests).toHaveLength(0);
    } finally {
      await redirect.close();
    }
  });

  it.each([
    'http://api.pwnedpasswords.com',
    'http://10.0.0.8:8788',
    'http://127.0.0.1.example.com',
    'http://localhost.example.com',
    'ftp://127.0.0.1/',
    'https://user:secret@pwned.example.com',
    'pwned.example.com',
  ])('refuses the endpoint %s when it is made (ConfigurationError)', (endpoint) => {
    expect(thrownBy(() => checkBreachedPassword({ endpoint }))).toMatchObject({
      code: 'ConfigurationError',
    });
  });

  it.each([
    'https://pwned.example.com',
    'http://127.0.0.1:8788',
    'http://127.8.9.10',
    'http://localhost:8788/',
    'http://[::1]:8788',
  ])('takes the endpoint %s', (endpoint) => {
    expect(thrownBy(() => checkBreachedPassword({ endpoint }))).toBeUndefined();
  });

  it('asks with no cache, no redirect, no credentials and no referrer', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      await rangeCount(range().url, BREACHED, signal());
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(fetchSpy.mock.calls[0]?.[1]).toMatchObject({
        cache: 'no-store',
        redirect: 'error',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
