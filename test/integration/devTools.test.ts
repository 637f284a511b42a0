import { spawn } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoCall, ensureDemoPool } from '../../dev/local-cognito.mjs';
import { MAX_CALLS, startTriggerServer, type TriggerServer } from '../../dev/trigger-server.mjs';
import { freePort, uniqueUsername } from './localCognito.ts';

/** Status of a POST to the trigger server at `path`, or the error code when it does not answer. */
function post(url: string, path: string, body: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { method: 'POST' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    req.end(body);
  });
}

describe('the trigger server of npm start', () => {
  let triggers: TriggerServer;
  beforeAll(async () => {
    triggers = await startTriggerServer();
  });
  afterAll(() => triggers?.close());

  it('answers 400 to a malformed function name and keeps serving', async () => {
    expect(await post(triggers.url, '/2015-03-31/functions/%E0%A4%A/invocations', '{}')).toBe(400);
    expect(await post(triggers.url, '/2015-03-31/functions/PreSignUp/invocations', '[1]')).toBe(
      400,
    );
    expect(await post(triggers.url, '/2015-03-31/functions/PreSignUp/invocations', '{')).toBe(400);
    expect(
      await post(triggers.url, '/2015-03-31/functions/PreSignUp/invocations', '{"userName":"a"}'),
    ).toBe(200);
  });

  it('refuses a body over its cap and keeps a bounded log', async () => {
    const huge = `{"x":"${'a'.repeat(1024 * 1024)}"}`;
    const answer = await post(triggers.url, '/2015-03-31/functions/PreSignUp/invocations', huge);
    // A 413, or the connection closed on the sender before it finished: never a crash.
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(answer);
    for (let sent = 0; sent < MAX_CALLS + 20; sent += 50) {
      await Promise.all(
        Array.from({ length: 50 }, () =>
          post(triggers.url, '/2015-03-31/functions/CustomMessage/invocations', '{}'),
        ),
      );
    }
    expect(triggers.calls.length).toBe(MAX_CALLS);
    expect(await post(triggers.url, '/2015-03-31/functions/PreSignUp/invocations', '{}')).toBe(200);
  });
});

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

async function until(check: () => Promise<boolean>, seconds: number) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Starts `npm start`'s script on free ports; resolves once Vite and cognito-local answer. */
async function startDemo(nodeArgs: string[] = []) {
  const [port, cognitoPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [...nodeArgs, join(process.cwd(), 'dev', 'start.mjs')], {
    env: { ...process.env, PORT: String(port), COGNITO_PORT: String(cognitoPort), RANGE_PORT: '0' },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  child.channel?.unref();
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const up = await until(async () => (await listening(port)) && listening(cognitoPort), 90);
  const down = () =>
    until(async () => !(await listening(port)) && !(await listening(cognitoPort)), 20);
  return { child, exited, up, down };
}

describe('npm start', () => {
  it.each(['SIGTERM', 'SIGHUP'] as const)(
    'stops cognito-local and Vite on %s',
    async (signal) => {
      const demo = await startDemo();
      try {
        expect(demo.up).toBe(true);
        demo.child.kill(signal);
        await demo.exited;
        expect(await demo.down()).toBe(true);
      } finally {
        demo.child.kill('SIGKILL');
      }
    },
    150_000,
  );

  it('stops cognito-local and Vite when it crashes', async () => {
    const crash = join(process.cwd(), 'test', 'integration', 'fixtures', 'crash-on-sigusr2.mjs');
    const demo = await startDemo(['--import', crash]);
    try {
      expect(demo.up).toBe(true);
      demo.child.kill('SIGUSR2');
      expect(await demo.exited).toBe(1);
      expect(await demo.down()).toBe(true);
    } finally {
      demo.child.kill('SIGKILL');
    }
  }, 150_000);
});

describe('npm start prints every confirmation code as it is sent', () => {
  // The codes are how a person gets past the confirm step locally: each must show while
  // `npm start` runs, however its output is read (it once held them until it stopped).
  it.each(['a file', 'a terminal'] as const)(
    'to %s',
    async (output) => {
      const [port, cognitoPort] = [await freePort(), await freePort()];
      const dir = mkdtempSync(join(tmpdir(), 'rcs-codes-'));
      const file = join(dir, 'out.log');
      const fd = openSync(file, 'w');
      const start = [process.execPath, join(process.cwd(), 'dev', 'start.mjs')];
      // A terminal: `script` runs it on a pseudo-terminal and copies what it prints to the file.
      const [command, ...args] =
        output === 'a file'
          ? start
          : process.platform === 'darwin'
            ? ['script', '-q', '/dev/null', ...start]
            : ['script', '-qfec', start.join(' '), '/dev/null'];
      const child = spawn(command as string, args, {
        env: {
          ...process.env,
          PORT: String(port),
          COGNITO_PORT: String(cognitoPort),
          RANGE_PORT: '0',
        },
        // `script` ends at the end of its input: an open pipe keeps it (and the demo) running.
        stdio: [output === 'a file' ? 'ignore' : 'pipe', fd, fd, 'ipc'],
        detached: true,
      });
      child.channel?.unref();
      const printed = () => readFileSync(file, 'utf8');
      try {
        expect(await until(async () => printed().includes('Demo:'), 90)).toBe(true);
        const url = `http://127.0.0.1:${cognitoPort}`;
        const { clientId } = await ensureDemoPool(url);
        /** The code printed in a "Confirmation Code Delivery" box for `username`, counted. */
        const boxes = (username: string) => printed().split(`Username:    ${username}`).length - 1;
        for (let i = 0; i < 8; i++) {
          const username = uniqueUsername('codes');
          await cognitoCall(url, 'SignUp', {
            ClientId: clientId,
            Username: username,
            Password: 'Passw0rd!',
            UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
          });
          expect(await until(async () => boxes(username) === 1, 20)).toBe(true);
          if (i % 3 === 0) {
            await cognitoCall(url, 'ResendConfirmationCode', {
              ClientId: clientId,
              Username: username,
            });
            expect(await until(async () => boxes(username) === 2, 20)).toBe(true);
          }
        }
      } finally {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
        closeSync(fd);
      }
    },
    240_000,
  );
});

describe('the demo dev server', () => {
  it('never serves the local Cognito data (passwords, tokens, codes) under .cognito-dev/', async () => {
    const { createServer: createViteServer } = await import('vite');
    const dir = join(process.cwd(), '.cognito-dev', '.cognito', 'db');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `served-check-${process.pid}.json`);
    writeFileSync(file, '{"Users":{"ada":{"Password":"Passw0rd!"}}}');
    const server = await createViteServer({
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    try {
      await server.listen();
      const address = server.httpServer?.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const url = `http://127.0.0.1:${port}/.cognito-dev/.cognito/db/served-check-${process.pid}.json`;
      for (const path of [url, `${url}?raw`, `${url}?import`]) {
        const response = await fetch(path);
        const text = await response.text();
        expect(text).not.toContain('Passw0rd!');
        expect(response.status).toBe(403);
      }
    } finally {
      await server.close();
      rmSync(file, { force: true });
    }
  });
});
