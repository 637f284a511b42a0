import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CALLS, startTriggerServer, type TriggerServer } from '../../dev/trigger-server.mjs';
import { freePort } from './localCognito.ts';

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
    env: { ...process.env, PORT: String(port), COGNITO_PORT: String(cognitoPort) },
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
