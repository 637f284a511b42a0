import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoCall } from '../../dev/local-cognito.mjs';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';

// Confirm by link (issue #38) against a real cognito-local: the trigger stand-in plays
// CustomMessage with createConfirmationLinkMessage when ClientMetadata says `confirm: 'link'`,
// the local Cognito replaces every code placeholder and prints each delivered link on a line
// `Confirmation link for <username>: <link>`; LOCAL_COGNITO_CODE_TTL_MS expires codes.

const PASSWORD = 'Passw0rd!';
const LINK_URL = 'http://127.0.0.1:5999/confirm';
const LINK_METADATA = { confirm: 'link', linkUrl: LINK_URL };

/** Every link the local Cognito printed as delivered to `username`, oldest first. */
function deliveredLinks(env: CognitoEnv, username: string): string[] {
  return [...env.cognito.output().matchAll(/Confirmation link for (\S+): (\S+)/g)]
    .filter((match) => match[1] === username)
    .map((match) => match[2] as string);
}

/** The newest delivered link of `username`, waiting a moment for the output to arrive. */
async function newestLink(env: CognitoEnv, username: string, after = 0): Promise<string> {
  for (let tries = 0; tries < 50; tries += 1) {
    const links = deliveredLinks(env, username);
    if (links.length > after) return links[links.length - 1] as string;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`No confirmation link for ${username} in:\n${env.cognito.output().slice(-3000)}`);
}

/** The username and code a link carries, read as the app's confirm page reads them. */
function readLink(link: string) {
  const url = new URL(link);
  const params = new URLSearchParams(url.hash.slice(1));
  return {
    page: `${url.origin}${url.pathname}`,
    username: params.get('u'),
    code: params.get('c'),
  };
}

async function signUpForLink(env: CognitoEnv, username: string) {
  await cognitoCall(env.cognito.url, 'SignUp', {
    ClientId: env.clientId,
    Username: username,
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    ClientMetadata: LINK_METADATA,
  });
}

const resend = (env: CognitoEnv, username: string) =>
  cognitoCall(env.cognito.url, 'ResendConfirmationCode', {
    ClientId: env.clientId,
    Username: username,
    ClientMetadata: LINK_METADATA,
  });

const confirm = (env: CognitoEnv, username: string, code: string | null) =>
  cognitoCall(env.cognito.url, 'ConfirmSignUp', {
    ClientId: env.clientId,
    Username: username,
    ConfirmationCode: code,
  });

async function errorCode(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
}

describe('confirm by link with the local Cognito', () => {
  let env: CognitoEnv;
  beforeAll(async () => {
    env = await startCognitoEnv();
  });
  afterAll(() => env?.stop());

  it('delivers a link with the username and the real code, which confirms', async () => {
    const username = `${uniqueUsername('link')}+x@example.com`;
    await signUpForLink(env, username);
    const code = env.code(username);
    expect(code).toMatch(/^\d{6}$/);
    const link = await newestLink(env, username);
    expect(link).toBe(`${LINK_URL}#u=${encodeURIComponent(username)}&c=${code}`);
    expect(readLink(link)).toEqual({ page: LINK_URL, username, code });
    // What the trigger saw: the placeholder, never the code; and the message it answered.
    const call = env.triggers.calls.find(
      (c) => c.name === 'CustomMessage' && c.event.userName === username,
    );
    expect(call?.event.triggerSource).toBe('CustomMessage_SignUp');
    expect(call?.event.request.codeParameter).toBe('{####}');
    expect(call?.event.request.clientMetadata).toEqual(LINK_METADATA);
    // Every placeholder of the email was replaced (the link is in its href and its text).
    expect(env.cognito.output()).not.toContain('{####}');

    await confirm(env, username, readLink(link).code);
    expect((await env.user(username))?.UserStatus).toBe('CONFIRMED');
  });

  it('a resend delivers a new link; the old code no longer confirms, the new one does', async () => {
    const username = uniqueUsername('relink');
    await signUpForLink(env, username);
    const first = await newestLink(env, username);
    await resend(env, username);
    const second = await newestLink(env, username, 1);
    const call = env.triggers.calls
      .filter((c) => c.name === 'CustomMessage' && c.event.userName === username)
      .at(-1);
    expect(call?.event.triggerSource).toBe('CustomMessage_ResendCode');
    const firstCode = readLink(first).code;
    const secondCode = readLink(second).code;
    expect(secondCode).toBe(env.code(username));
    expect(second).toBe(`${LINK_URL}#u=${username}&c=${secondCode}`);
    if (firstCode !== secondCode) {
      expect(await errorCode(confirm(env, username, firstCode))).toBe('CodeMismatchException');
    }
    await confirm(env, username, secondCode);
    expect((await env.user(username))?.UserStatus).toBe('CONFIRMED');
  });

  it('without link mode the code message goes out and no link is printed', async () => {
    const username = uniqueUsername('nolink');
    await cognitoCall(env.cognito.url, 'SignUp', {
      ClientId: env.clientId,
      Username: username,
      Password: PASSWORD,
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    });
    expect(env.code(username)).toMatch(/^\d{6}$/);
    expect(deliveredLinks(env, username)).toEqual([]);
  });
});

describe('confirmation codes expire (LOCAL_COGNITO_CODE_TTL_MS)', () => {
  // Long enough for a request to confirm with a fresh code, short enough to wait out here
  // (with 1 ms every code, the resent one too, would be expired before it arrived).
  const TTL_MS = 1000;
  let env: CognitoEnv;
  beforeAll(async () => {
    env = await startCognitoEnv({ env: { LOCAL_COGNITO_CODE_TTL_MS: String(TTL_MS) } });
  });
  afterAll(() => env?.stop());

  it('an expired code answers ExpiredCodeException; a resent one confirms', async () => {
    const username = uniqueUsername('expired');
    await signUpForLink(env, username);
    const { code } = readLink(await newestLink(env, username));
    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 100));
    expect(await errorCode(confirm(env, username, code))).toBe('ExpiredCodeException');
    // A wrong code stays a mismatch.
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await errorCode(confirm(env, username, wrong))).toBe('CodeMismatchException');
    expect((await env.user(username))?.UserStatus).toBe('UNCONFIRMED');

    await resend(env, username);
    const fresh = readLink(await newestLink(env, username, 1)).code;
    expect(fresh).toBe(env.code(username));
    await confirm(env, username, fresh);
    expect((await env.user(username))?.UserStatus).toBe('CONFIRMED');
  });
});
