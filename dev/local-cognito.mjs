// Starts and drives a real cognito-local for `npm start` and the integration tests:
// its own process group, loopback address, working directory and config.json.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Names and settings of the pool `npm start` and the tests use (v3: with passkeys). */
export const DEMO_POOL = {
  PoolName: 'react-cognito-signup-demo-v3',
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
 * (relying party `localhost`: WebAuthn refuses an IP address).
 * `clientId` allows USER_AUTH (sign-up ends signed in with the Session); `srpClientId` does not
 * (sign-in with SRP).
 * @param {string} url
 * @returns {Promise<{ userPoolId: string, clientId: string, srpClientId: string }>}
 */
export async function ensureDemoPool(url) {
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
  return {
    userPoolId: pool.Id,
    clientId: await ensureClient(url, pool.Id, DEMO_POOL.ClientName, AUTH_FLOWS.web),
    srpClientId: await ensureClient(url, pool.Id, DEMO_POOL.SrpClientName, AUTH_FLOWS.srp),
  };
}

/**
 * The id of the public app client `name` of the pool, created with `flows` unless it exists.
 * @param {string} url @param {string} userPoolId @param {string} name @param {string[]} flows
 */
export async function ensureClient(url, userPoolId, name, flows) {
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
