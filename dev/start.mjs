// `npm start`: the local Cognito, the trigger server and the demo's Vite dev server, together.
// With VITE_COGNITO_USER_POOL_ID set, it skips the local Cognito and the demo talks to that pool.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';
import './tether.cjs';
import { ensureDemoPool, killGroup, logPid, startLocalCognito } from './local-cognito.mjs';
import { BREACHED_PASSWORDS, startRangeServer } from './range-server.mjs';
import { invitationLinkFor, startTriggerServer } from './trigger-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stops = [];
let stopping = false;

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.reverse()) await stop().catch(() => {});
  process.exit(code);
}
// Whatever ends this process ends its children too: no cognito-local or Vite left running.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(0));
process.on('uncaughtException', (error) => {
  console.error(error);
  stopAll(1);
});
process.on('unhandledRejection', (error) => {
  console.error(error);
  stopAll(1);
});

// SIGKILL reaches no handler. The children end with this process (each is tethered to it:
// dev/tether.cjs), and this process ends with what started it: `npm start` runs it through
// npm and a shell (`sh -c`, which waits for it), so a SIGKILL of npm leaves that shell and this
// process orphaned, every server still listening. It watches its parent and, on Linux, npm
// behind it, and stops everything when one of them is gone.
const STARTED_BY = process.ppid;
const watched = ancestorsUpToNpm();
setInterval(() => {
  if (process.ppid !== STARTED_BY || !watched.every(isRunning)) stopAll(0);
}, 500).unref();

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * The processes this one ends with: its parent, and, when npm ran it (npm_lifecycle_event), the
 * parent's parent too: npm runs a script through a shell, and npm is the one people kill. Read
 * from /proc (Linux); elsewhere the parent alone.
 * @returns {number[]}
 */
function ancestorsUpToNpm() {
  const parent = process.ppid;
  if (!process.env.npm_lifecycle_event) return [parent];
  try {
    const stat = readFileSync(`/proc/${parent}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const grandparent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return grandparent > 1 ? [parent, grandparent] : [parent];
  } catch {
    return [parent];
  }
}

/**
 * Fixed ports, the same on every start so `.env.local` files and bookmarks keep working:
 * cognito-local's own default, and the breached-password range server's beside it.
 */
const DEFAULT_PORTS = {
  COGNITO_PORT: { port: 9229, what: 'the local Cognito' },
  RANGE_PORT: { port: 9230, what: 'the breached-password range server' },
};

/**
 * The port of a local server: the variable's value when set, else its default when free, else
 * a free one (said on the console, since an app pointed at the default will not find it there).
 * @param {keyof typeof DEFAULT_PORTS} variable
 * @param {Record<string, string | undefined>} env
 */
async function localPort(variable, env) {
  if (env[variable]) return Number(env[variable]);
  const { port, what } = DEFAULT_PORTS[variable];
  if (await isFree(port)) return port;
  console.log(
    `Port ${port} is taken: ${what} uses a free port this time (set ${variable} to choose one).`,
  );
  return 0;
}

/** @param {number} port */
function isFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The entries of a comma- or space-separated list variable (none when it is unset). */
function listOf(value) {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

async function main() {
  logPid(process.pid);
  // Variables from the environment or from .env files (.env.local, .env.development, …).
  const env = { ...loadEnv('development', root, 'VITE_'), ...process.env };
  // Vite's port, known before the servers start: its pages are the only ones they answer
  // (CORS), at both loopback names the demo is opened with.
  const port = env.PORT ?? '5173';
  const demoOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const usesOwnPool = Boolean(env.VITE_COGNITO_USER_POOL_ID);
  if (usesOwnPool) {
    console.log(`Using the user pool ${env.VITE_COGNITO_USER_POOL_ID} from the environment.`);
  } else {
    const dir = env.LOCAL_COGNITO_DIR ?? join(root, '.cognito-dev');
    // A confirmation link (ClientMetadata confirm: 'link', issue #38) opens the demo's page.
    const triggers = await startTriggerServer({ linkUrl: `http://localhost:${port}/` });
    stops.push(() => triggers.close());
    const cognito = await startLocalCognito({
      dir,
      port: await localPort('COGNITO_PORT', env),
      triggerEndpoint: triggers.url,
      echo: true,
      allowedOrigins: demoOrigins,
    });
    stops.push(() => cognito.stop());
    // The web client's callback and sign-out URLs: the demo's pages (social sign-in comes back
    // there), and your app's: the root page of each origin you allow
    // (LOCAL_COGNITO_ALLOWED_ORIGINS), and the exact addresses of LOCAL_COGNITO_CALLBACK_URLS.
    const callbackUrls = [
      ...new Set([
        ...[...demoOrigins, ...listOf(env.LOCAL_COGNITO_ALLOWED_ORIGINS)].map(
          (origin) => `${origin.replace(/\/$/, '')}/`,
        ),
        ...listOf(env.LOCAL_COGNITO_CALLBACK_URLS),
      ]),
    ];
    const { userPoolId, clientId, srpClientId } = await ensureDemoPool(cognito.url, {
      callbackUrls,
    });
    Object.assign(env, {
      VITE_COGNITO_USER_POOL_ID: userPoolId,
      VITE_COGNITO_CLIENT_ID: clientId,
      VITE_COGNITO_SRP_CLIENT_ID: srpClientId,
      VITE_COGNITO_ENDPOINT: `${cognito.url}/`,
      // The user pool domain of social sign-up: the local Cognito serves it too.
      VITE_COGNITO_DOMAIN: cognito.url,
    });
    console.log(
      [
        '',
        `Local Cognito:  ${cognito.url}  (pool ${userPoolId})`,
        `Lambda triggers: ${triggers.url}`,
        `App clients:    ${clientId} (USER_AUTH: signed in with the Session), ${srpClientId} (SRP)`,
        `Callback URLs:  ${callbackUrls.join(', ')}  (social sign-up comes back to these)`,
        `Data:           ${join(dir, '.cognito', 'db', `${userPoolId}.json`)}`,
        'Confirmation codes are printed below in a "Confirmation Code Delivery" box.',
        '',
      ].join('\n'),
    );
  }
  if (!env.VITE_BREACHED_ENDPOINT) {
    // The demo's "Breached passwords" menu asks this local stand-in, not Have I Been Pwned.
    const range = await startRangeServer({
      port: await localPort('RANGE_PORT', env),
      allowedOrigins: demoOrigins,
    });
    stops.push(() => range.close());
    env.VITE_BREACHED_ENDPOINT = range.url;
    console.log(
      `Breached-password range server: ${range.url}  (breached: ${Object.keys(BREACHED_PASSWORDS).join(', ')})`,
    );
  }
  const vite = spawn(
    process.execPath,
    [
      join(root, 'dev', 'tethered.mjs'),
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      '--host',
      '127.0.0.1',
      '--port',
      port,
      // On another port its pages would be refused by the servers above (CORS): fail instead.
      '--strictPort',
      // Its banner would print http://127.0.0.1:<port>/: the demo is opened at localhost (the
      // "Demo:" line), where passkeys work. Warnings and errors still show.
      '--logLevel',
      'warn',
    ],
    { cwd: root, env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'], detached: true },
  );
  vite.channel?.unref();
  stops.push(async () => killGroup(vite.pid));
  vite.on('exit', (code) => stopAll(code ?? 0));
  console.log(`Demo:           http://localhost:${port}/  (Ctrl-C stops everything)`);
  // An invitation (issue #38): the email prefilled and locked, a signed token the local pre
  // sign-up stand-in checks (ValidationData). Only with the local Cognito, whose trigger knows it.
  if (!usesOwnPool) {
    const invitation = await invitationLinkFor(`http://localhost:${port}/`, 'invited@example.com');
    console.log(`Invitation:     ${invitation}\n`);
  }
}

main().catch(async (error) => {
  console.error(error);
  await stopAll(1);
});
