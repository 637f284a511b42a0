import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cognitoCall } from '../../dev/local-cognito.mjs';
import {
  type CognitoTransport,
  createCognitoTransport,
  type SignUpError,
  type SignUpFlowOptions,
} from '../../src/core/index.ts';
import { autoSignIn } from '../../src/sign-in.ts';
import { MapStorage } from '../mapStorage.ts';
import { startCatcher, startInterceptor } from './faultProxy.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';
import { flowAgainst, signUpAndConfirm } from './signInFlows.ts';

// The sign-in path after sign-up, as an attacker or a slow network meets it, against a real
// cognito-local: every sign-in request through the kit's transport (no redirects, bounded
// answers, the flow's endpoint and client only), aborts that cache nothing, and a password that
// signs in only the username it was typed for.

const PASSWORD = 'Passw0rd!';

/** The Cognito operations sent with `fetch` by anyone (the kit, or a library on its own). */
function recordFetches() {
  const operations: string[] = [];
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const target = new Headers(init?.headers).get('x-amz-target')?.split('.')[1];
    if (target) operations.push(target);
    return real(input, init);
  });
  return operations;
}

/** A transport that records what goes through it (the kit's fetch transport underneath). */
function recordingTransport(endpoint: string) {
  const operations: string[] = [];
  const base = createCognitoTransport({ endpoint });
  const transport: CognitoTransport = {
    send(operation, request, options) {
      operations.push(operation);
      return base.send(operation, request, options);
    },
  };
  return { operations, transport };
}

afterEach(() => vi.restoreAllMocks());

/** The error `onError` was first called with. */
const firstError = (onError: ReturnType<typeof vi.fn>) =>
  onError.mock.calls[0]?.[0] as SignUpError | undefined;

let env: CognitoEnv;
beforeAll(async () => {
  env = await startCognitoEnv();
});
afterAll(() => env?.stop());

function flowFor(options: Partial<SignUpFlowOptions>, clientId = env.srpClientId) {
  return flowAgainst(env, clientId, options);
}

describe('sign-in after sign-up, without a Session (SRP)', () => {
  it("sends every sign-in request through the kit's transport: no fetch of the library's own", async () => {
    const fetched = recordFetches();
    const { operations, transport } = recordingTransport(env.url);
    const storage = new MapStorage();
    const flow = flowFor({ transport, autoSignIn: autoSignIn({ storage }) });
    const username = uniqueUsername('viakit');
    await signUpAndConfirm(env, flow, username);
    expect(flow.getState().step).toBe('signedIn');
    expect(operations).toEqual([
      'SignUp',
      'ConfirmSignUp',
      'InitiateAuth',
      'RespondToAuthChallenge',
    ]);
    // Everything fetched went through that transport.
    expect(fetched).toEqual(operations);
  });

  it('follows no redirect: a 307 on InitiateAuth re-posts nothing anywhere, and nothing is cached', async () => {
    const catcher = await startCatcher();
    const proxy = await startInterceptor(env.url, (operation) =>
      operation === 'InitiateAuth'
        ? { status: 307, headers: { location: catcher.url } }
        : undefined,
    );
    try {
      const storage = new MapStorage();
      const onError = vi.fn();
      const flow = flowFor({ endpoint: proxy.url, onError, autoSignIn: autoSignIn({ storage }) });
      const username = uniqueUsername('redirect');
      await signUpAndConfirm(env, flow, username);
      expect(flow.getState().step).toBe('done');
      expect(proxy.seen).toContain('InitiateAuth');
      expect(catcher.bodies).toEqual([]);
      expect(storage.items.size).toBe(0);
      expect(firstError(onError)?.code).toBe('NetworkError');
    } finally {
      await proxy.close();
      await catcher.close();
    }
  });

  it('reads bounded answers: an 8 MB token answer is refused, and nothing is cached', async () => {
    const huge = 'x'.repeat(8 * 1024 * 1024);
    const proxy = await startInterceptor(env.url, (operation) =>
      operation === 'RespondToAuthChallenge'
        ? {
            status: 200,
            headers: { 'content-type': 'application/x-amz-json-1.1' },
            body: JSON.stringify({
              AuthenticationResult: { AccessToken: huge, IdToken: huge, RefreshToken: huge },
            }),
          }
        : undefined,
    );
    try {
      const storage = new MapStorage();
      const onError = vi.fn();
      const flow = flowFor({ endpoint: proxy.url, onError, autoSignIn: autoSignIn({ storage }) });
      await signUpAndConfirm(env, flow, uniqueUsername('huge'));
      expect(flow.getState().step).toBe('done');
      expect(storage.items.size).toBe(0);
      expect(firstError(onError)?.code).toBe('InvalidResponseError');
    } finally {
      await proxy.close();
    }
  });

  it('refuses an app pool of another client or endpoint before any sign-in request', async () => {
    for (const pool of [
      // Another app client of the same pool.
      new CognitoUserPool({
        UserPoolId: env.userPoolId,
        ClientId: env.clientId,
        endpoint: env.url,
      }),
      // The flow's client, at an endpoint the kit's own check would refuse.
      new CognitoUserPool({
        UserPoolId: env.userPoolId,
        ClientId: env.srpClientId,
        endpoint: env.url.replace('127.0.0.1', '0.0.0.0'),
      }),
    ]) {
      const fetched = recordFetches();
      const onError = vi.fn();
      const flow = flowFor({ onError, autoSignIn: autoSignIn({ userPool: pool }) });
      await signUpAndConfirm(env, flow, uniqueUsername('otherpool'));
      expect(flow.getState().step).toBe('done');
      expect(firstError(onError)?.code).toBe('ConfigurationError');
      expect(fetched).toEqual(['SignUp', 'ConfirmSignUp']);
      vi.restoreAllMocks();
    }
  });

  it('"Start over" during sign-in: nothing cached, no onSignedIn, the form back at sign-up', async () => {
    const proxy = await startInterceptor(env.url, (operation) =>
      operation === 'RespondToAuthChallenge' ? { status: 0, delayMs: 1500 } : undefined,
    );
    try {
      const storage = new MapStorage();
      const onSignedIn = vi.fn();
      const onConfirmed = vi.fn();
      const flow = flowFor({
        endpoint: proxy.url,
        onSignedIn,
        onConfirmed,
        autoSignIn: autoSignIn({ storage }),
      });
      const username = uniqueUsername('startover');
      await flow.signUp({
        username,
        password: PASSWORD,
        attributes: { email: `${username}@example.com` },
      });
      const confirming = flow.confirm(env.code(username) as string);
      await vi.waitFor(() => expect(proxy.seen).toContain('RespondToAuthChallenge'), {
        timeout: 20_000,
      });
      flow.reset();
      await confirming;
      // The late answer has arrived, and the library has had its chance to cache it.
      await vi.waitFor(() => expect(proxy.answered).toContain('RespondToAuthChallenge'), {
        timeout: 20_000,
      });
      await new Promise((r) => setTimeout(r, 200));
      expect(storage.items.size).toBe(0);
      expect(onSignedIn).not.toHaveBeenCalled();
      expect(onConfirmed).not.toHaveBeenCalled();
      expect(flow.getState().step).toBe('signUp');
    } finally {
      await proxy.close();
    }
  });

  it('a password typed for one username never signs in another ("I already have a code")', async () => {
    // Both exist, unconfirmed, with the same password: only the rule can keep B signed out.
    const [a, b] = [uniqueUsername('usera'), uniqueUsername('userb')];
    for (const name of [a, b]) {
      await cognitoCall(env.cognito.url, 'SignUp', {
        ClientId: env.srpClientId,
        Username: name,
        Password: PASSWORD,
        UserAttributes: [{ Name: 'email', Value: `${name}@example.com` }],
      });
    }
    const fetched = recordFetches();
    const storage = new MapStorage();
    const flow = flowFor({ autoSignIn: autoSignIn({ storage }) });
    await flow.signUp({ username: a, password: PASSWORD, attributes: { email: `${a}@e.com` } });
    expect(flow.getState().error?.code).toBe('UsernameExistsException');
    flow.startConfirmation(b);
    await flow.confirm(env.code(b) as string);
    expect(flow.getState().step).toBe('done');
    expect(fetched).not.toContain('InitiateAuth');
    expect(storage.items.size).toBe(0);
  });
});
