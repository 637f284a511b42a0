import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cognitoCall,
  ensureDemoPool,
  getUser,
  type LocalCognito,
  readConfirmationCode,
  startLocalCognito,
} from '../../dev/local-cognito.mjs';
import { startTriggerServer, type TriggerServer } from '../../dev/trigger-server.mjs';

export interface CognitoEnv {
  cognito: LocalCognito;
  triggers: TriggerServer;
  url: string;
  userPoolId: string;
  /** An app client that allows USER_AUTH: SignUp and ConfirmSignUp return Sessions. */
  clientId: string;
  /** An app client without USER_AUTH: sign-in after sign-up goes through SRP. */
  srpClientId: string;
  /** The code cognito-local holds for `username` right now. */
  code(username: string): string | undefined;
  user(username: string): Promise<Record<string, unknown> | undefined>;
  /** Stops cognito-local only (the data stays); `restart` brings it back on the same port. */
  stopCognito(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A real cognito-local and trigger server on free loopback ports in a fresh temp directory. */
export async function startCognitoEnv(
  options: { env?: Record<string, string> } = {},
): Promise<CognitoEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'rcs-cognito-'));
  const triggers = await startTriggerServer();
  const start = (port?: number) =>
    startLocalCognito({ dir, port, triggerEndpoint: triggers.url, env: options.env });
  // A port chosen up front: the tokens' issuer names the local Cognito's real address.
  let cognito = await start(await freePort());
  const { userPoolId, clientId, srpClientId } = await ensureDemoPool(cognito.url);
  return {
    get cognito() {
      return cognito;
    },
    triggers,
    url: `${cognito.url}/`,
    userPoolId,
    clientId,
    srpClientId,
    code: (username) => readConfirmationCode(dir, userPoolId, username),
    user: (username) => getUser(cognito.url, userPoolId, username),
    stopCognito: () => cognito.stop(),
    async restart() {
      await cognito.stop();
      cognito = await start(cognito.port);
    },
    async stop() {
      await cognito.stop();
      await triggers.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** A username no other test in this run uses. */
export function uniqueUsername(prefix = 'user'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}

/** A free loopback port (for a server a test starts as a separate process). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A new public app client of `env`'s pool whose ID and access tokens live `tokenSeconds`
 * (refresh tokens a day): sessions that expire while a test waits.
 */
export async function shortLivedClient(
  env: CognitoEnv,
  flows: string[],
  tokenSeconds = 3,
): Promise<string> {
  const { UserPoolClient } = await cognitoCall(env.cognito.url, 'CreateUserPoolClient', {
    UserPoolId: env.userPoolId,
    ClientName: `short-lived-${Date.now().toString(36)}`,
    GenerateSecret: false,
    ExplicitAuthFlows: flows,
    AccessTokenValidity: tokenSeconds,
    IdTokenValidity: tokenSeconds,
    RefreshTokenValidity: 1,
    TokenValidityUnits: { AccessToken: 'seconds', IdToken: 'seconds', RefreshToken: 'days' },
  });
  return UserPoolClient.ClientId;
}
