import { describe, expect, it, vi } from 'vitest';
import { sha1, startRangeServer } from '../../dev/range-server.mjs';
import {
  BreachedPasswordCheckError,
  checkBreachedPassword,
  MAX_RANGE_BYTES,
  rangeCount,
  sha1Hex,
} from '../../src/core/breachedPassword.ts';
import { PASSWORD } from '../fixtures/signUp.ts';
import { BREACHED, rangeServerPerFile } from '../rangeServer.ts';

// The lookup against the local range server (a real HTTP server with HIBP's answer format): what
// leaves the process, what the answer means, and every way it can fail open.

const range = rangeServerPerFile();

const signal = () => new AbortController().signal;

describe('rangeCount', () => {
  it('hashes with SHA-1 as Node does, uppercase hex', async () => {
    for (const password of [PASSWORD, 'pässwörd €', '密码Password1!']) {
      expect(await sha1Hex(password)).toBe(sha1(password));
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
