// Starts and drives a real cognito-local for `npm start` and the integration tests:
// its own process group, loopback address, working directory and config.json.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Names and settings of the pool `npm start` and the tests use (v4: with social sign-in). */
export const DEMO_POOL = {
  PoolName: 'react-cognito-signup-demo-v4',
  ClientName: 'react-cognito-signup-web',
  SrpClientName: 'react-cognito-signup-web-srp',
};

/** The app clients' auth flows: one with USER_AUTH (sign-in with the sign-up's Session), one without (SRP). */
export const AUTH_FLOWS = {
  web: [
    'ALLOW_USER_AUTH',
    'ALLOW_USER_SRP_AUTH',
    'ALLOW_USER_PASSWORD_AUTH',
    'ALLOW_REFRESH_TOKEN_AUTH',
  ],
  srp: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
};

/** The demo's Vite origins, with a trailing slash: the web client's default callback URLs. */
export const DEMO_CALLBACK_URLS = ['http://localhost:5173/', 'http://127.0.0.1:5173/'];

/** The identity providers of the demo pool (the local identity provider plays them). */
export const DEMO_IDENTITY_PROVIDERS = [
  {
    ProviderName: 'Google',
    ProviderType: 'Google',
    ProviderDetails: {
      client_id: 'local-google-client',
      client_secret: 'local',
      authorize_scopes: 'openid email profile',
    },
  },
  {
    ProviderName: 'SignInWithApple',
    ProviderType: 'SignInWithApple',
    ProviderDetails: {
      client_id: 'local.apple.service',
      team_id: 'LOCALTEAM0',
      key_id: 'LOCALKEY00',
      private_key: 'local',
      authorize_scopes: 'email name',
    },
  },
].map((provider) => ({
  ...provider,
  AttributeMapping: { email: 'email', email_verified: 'email_verified', name: 'name' },
}));

/** The OAuth settings of the web client (the authorization code grant with PKCE, public). */
export const DEMO_OAUTH = {
  SupportedIdentityProviders: ['COGNITO', 'Google', 'SignInWithApple'],
  AllowedOAuthFlows: ['code'],
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthScopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
};

/**
 * @typedef {{
 *   url: string,
 *   port: number,
 *   dir: string,
 *   output: () => string,
 *   allowOrigins: (origins: string[]) => Promise<void>,
 *   stop: () => Promise<void>,
 * }} LocalCognito
 */

/**
 * Starts cognito-local on 127.0.0.1 with `dir` as its working directory.
 * `port: 0` lets the system pick a free port. `triggerEndpoint` wires the Lambda triggers.
 * `allowedOrigins`: the origins whose pages may call it (CORS; dev/local-guard.cjs), added to
 * LOCAL_COGNITO_ALLOWED_ORIGINS from `env` or this process's environment; `allowOrigins` adds
 * more once it runs (a page whose port is known later). Any other page is refused.
 * @param {{ dir: string, port?: number, triggerEndpoint?: string, echo?: boolean, env?: Record<string,string>, allowedOrigins?: string[] }} options
 * @returns {Promise<LocalCognito>}
 */
export async function startLocalCognito({
  dir,
  port = 0,
  triggerEndpoint,
  echo = false,
  env = {},
  allowedOrigins = [],
}) {
  mkdirSync(join(dir, '.cognito'), { recursive: true });
  const config = {
    UserPoolDefaults: { UsernameAttributes: [] },
    ...(triggerEndpoint
      ? {
          TriggerFunctions: {
            PreSignUp: 'PreSignUp',
            CustomMessage: 'CustomMessage',
            PostConfirmation: 'PostConfirmation',
          },
          LambdaClient: {
            endpoint: triggerEndpoint,
            region: 'local',
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          },
        }
      : {}),
  };
  writeFileSync(join(dir, '.cognito', 'config.json'), JSON.stringify(config, null, 2));

  const child = spawn(process.execPath, [join(here, 'cognito-process.cjs')], {
    cwd: dir,
    env: {
      ...process.env,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      // cognito-local's aws-sdk v2 announces its end of support on every start: not ours to act on.
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      LOCAL_COGNITO_ALLOWED_ORIGINS: [
        env.LOCAL_COGNITO_ALLOWED_ORIGINS ?? process.env.LOCAL_COGNITO_ALLOWED_ORIGINS ?? '',
        ...allowedOrigins,
      ].join(','),
    },
    detached: true,
    // The 'ipc' channel tethers it to this process (dev/tether.cjs): it ends when this one does.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.channel?.unref();
  logPid(child.pid);
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
    if (echo) process.stdout.write(chunk);
  };
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const actualPort = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`cognito-local did not start within 20 s:\n${output.slice(-2000)}`));
    }, 20_000);
    const onData = () => {
      const match = /running on https?:\/\/[\d.]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cognito-local exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
  const url = `http://127.0.0.1:${actualPort}`;
  await waitForHealth(url);

  let stopped = false;
  return {
    url,
    port: actualPort,
    dir,
    output: () => output,
    allowOrigins(origins) {
      // Resolves once the server has them: it answers with its whole list.
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          child.off('message', onMessage);
          reject(new Error('the local Cognito did not take the origins within 10 s'));
        }, 10_000);
        const onMessage = (message) => {
          if (!message || !Array.isArray(message.allowedOrigins)) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve();
        };
        child.on('message', onMessage);
        child.send({ allowOrigins: origins });
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      killGroup(child.pid);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    },
  };
}

/**
 * Appends `pid` to the file named by RCS_PID_LOG, when set: the test that kills a test runner
 * mid-run reads it to check that every server started under that runner has ended.
 * @param {number | undefined} pid
 */
export function logPid(pid) {
  if (pid && process.env.RCS_PID_LOG) appendFileSync(process.env.RCS_PID_LOG, `${pid}\n`);
}

/** Ends a process started with `detached: true`, and everything in its process group. */
export function killGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

async function waitForHealth(url) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`cognito-local at ${url} never became healthy`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Calls one Cognito operation on the emulator. Admin operations need no credentials there, from
 * Node: a request with an Origin header (a page) may call only what a public app client calls.
 * @param {string} url
 * @param {string} operation
 * @param {unknown} body
 */
export async function cognitoCall(url, operation, body) {
  const response = await fetch(`${url}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) {
    const error = new Error(`${operation} failed: ${data.__type}: ${data.message}`);
    Object.assign(error, { code: data.__type });
    throw error;
  }
  return data;
}

/**
 * Creates the demo pool and its public app clients unless they exist (idempotent): plain
 * usernames, email auto-verified, `custom:plan`, Cognito's default password policy, sign-in
 * with a password, an email one-time password (so passwordless sign-up is allowed) or a passkey
 * (relying party `localhost`: WebAuthn refuses an IP address), and the identity providers Google
 * and SignInWithApple (played by the local identity provider, dev/oauth.cjs).
 * `clientId` allows USER_AUTH (sign-up ends signed in with the Session) and the authorization
 * code grant with those providers, back to `callbackUrls` (its callback and sign-out URLs; an
 * existing client gets them when they differ); `srpClientId` does not (sign-in with SRP).
 * `domain` is the user pool domain's base URL: locally the local Cognito itself.
 * @param {string} url
 * @param {{ callbackUrls?: string[] }} [options]
 * @returns {Promise<{ userPoolId: string, clientId: string, srpClientId: string, domain: string, callbackUrls: string[] }>}
 */
export async function ensureDemoPool(url, { callbackUrls = DEMO_CALLBACK_URLS } = {}) {
  const { UserPools = [] } = await cognitoCall(url, 'ListUserPools', { MaxResults: 60 });
  let pool = UserPools.find((p) => p.Name === DEMO_POOL.PoolName);
  if (!pool) {
    ({ UserPool: pool } = await cognitoCall(url, 'CreateUserPool', {
      PoolName: DEMO_POOL.PoolName,
      UsernameAttributes: [],
      AutoVerifiedAttributes: ['email'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 8,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] },
      Schema: [{ Name: 'plan', AttributeDataType: 'String', Mutable: true }],
    }));
    await cognitoCall(url, 'SetUserPoolMfaConfig', {
      UserPoolId: pool.Id,
      WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'preferred' },
    });
  }
  await ensureIdentityProviders(url, pool.Id, DEMO_IDENTITY_PROVIDERS);
  const clientId = await ensureClient(url, pool.Id, DEMO_POOL.ClientName, AUTH_FLOWS.web, {
    ...DEMO_OAUTH,
    CallbackURLs: callbackUrls,
    LogoutURLs: callbackUrls,
  });
  const { UserPoolClient } = await cognitoCall(url, 'DescribeUserPoolClient', {
    UserPoolId: pool.Id,
    ClientId: clientId,
  });
  const same = (a = [], b = []) => a.length === b.length && a.every((entry, i) => entry === b[i]);
  if (
    !same(UserPoolClient.CallbackURLs, callbackUrls) ||
    !same(UserPoolClient.LogoutURLs, callbackUrls)
  ) {
    await setCallbackUrls(url, pool.Id, clientId, callbackUrls);
  }
  return {
    userPoolId: pool.Id,
    clientId,
    srpClientId: await ensureClient(url, pool.Id, DEMO_POOL.SrpClientName, AUTH_FLOWS.srp),
    domain: url,
    callbackUrls: [...callbackUrls],
  };
}

/**
 * Creates the identity providers the pool does not have yet (by ProviderName).
 * @param {string} url @param {string} userPoolId
 * @param {{ ProviderName: string, ProviderType: string, ProviderDetails: Record<string, string>, AttributeMapping?: Record<string, string> }[]} providers
 */
export async function ensureIdentityProviders(url, userPoolId, providers) {
  const { Providers = [] } = await cognitoCall(url, 'ListIdentityProviders', {
    UserPoolId: userPoolId,
    MaxResults: 60,
  });
  for (const provider of providers) {
    if (Providers.some((p) => p.ProviderName === provider.ProviderName)) continue;
    await cognitoCall(url, 'CreateIdentityProvider', { UserPoolId: userPoolId, ...provider });
  }
}

/**
 * Sets an app client's callback and sign-out URLs (`logoutUrls`: the same by default), its
 * other settings sent again as they are (Cognito's UpdateUserPoolClient resets what it is not
 * sent). The tests serve the demo on ports known only once it runs.
 * @param {string} url @param {string} userPoolId @param {string} clientId @param {string[]} urls
 * @param {string[]} [logoutUrls]
 */
export async function setCallbackUrls(url, userPoolId, clientId, urls, logoutUrls = urls) {
  const { UserPoolClient: client } = await cognitoCall(url, 'DescribeUserPoolClient', {
    UserPoolId: userPoolId,
    ClientId: clientId,
  });
  const {
    ClientSecret: _secret,
    CreationDate: _created,
    LastModifiedDate: _modified,
    ...settings
  } = client;
  await cognitoCall(url, 'UpdateUserPoolClient', {
    ...settings,
    CallbackURLs: urls,
    LogoutURLs: logoutUrls,
  });
}

/**
 * The id of the public app client `name` of the pool, created with `flows` (and `settings`,
 * e.g. its OAuth settings) unless it exists.
 * @param {string} url @param {string} userPoolId @param {string} name @param {string[]} flows
 * @param {Record<string, unknown>} [settings]
 */
export async function ensureClient(url, userPoolId, name, flows, settings = {}) {
  const { UserPoolClients = [] } = await cognitoCall(url, 'ListUserPoolClients', {
    UserPoolId: userPoolId,
    MaxResults: 60,
  });
  const found = UserPoolClients.find((c) => c.ClientName === name);
  if (found) return found.ClientId;
  const { UserPoolClient } = await cognitoCall(url, 'CreateUserPoolClient', {
    UserPoolId: userPoolId,
    ClientName: name,
    GenerateSecret: false,
    ExplicitAuthFlows: flows,
    ...settings,
  });
  return UserPoolClient.ClientId;
}

/**
 * The confirmation code cognito-local stored for `username` (it keeps it in its database).
 * @param {string} dir @param {string} userPoolId @param {string} username
 * @returns {string | undefined}
 */
export function readConfirmationCode(dir, userPoolId, username) {
  const db = JSON.parse(readFileSync(join(dir, '.cognito', 'db', `${userPoolId}.json`), 'utf8'));
  return db.Users?.[username]?.ConfirmationCode;
}

/**
 * A user as AdminGetUser returns it, or `undefined` when there is none.
 * @param {string} url @param {string} userPoolId @param {string} username
 */
export async function getUser(url, userPoolId, username) {
  try {
    return await cognitoCall(url, 'AdminGetUser', { UserPoolId: userPoolId, Username: username });
  } catch (error) {
    if (/** @type {{code?: string}} */ (error).code === 'UserNotFoundException') return undefined;
    throw error;
  }
}
