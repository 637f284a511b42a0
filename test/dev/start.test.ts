import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cognitoCall } from '../../dev/local-cognito.mjs';
import { freePort } from '../integration/localCognito.ts';

// `npm start` killed with SIGKILL (nothing of it gets to clean up), whether the kill hits
// dev/start.mjs itself or the npm process in front of it: the local Cognito, the range server,
// the trigger stand-in and Vite end too, and nothing listens on their ports any more.

const started: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * `command` (npm start, or node dev/start.mjs) on free ports with its own data directory, and
 * `extra` variables.
 */
async function startDemo(command: string, args: string[], extra: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rcs-start-'));
  dirs.push(dir);
  const pidLog = join(dir, 'pids');
  const vitePort = await freePort();
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('VITE_')) env[name] = value;
  }
  const child = spawn(command, args, {
    env: {
      ...env,
      RCS_PID_LOG: pidLog,
      COGNITO_PORT: '0',
      RANGE_PORT: '0',
      PORT: String(vitePort),
      LOCAL_COGNITO_DIR: join(dir, 'cognito'),
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, ended after each test whatever happens.
    detached: true,
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // Ready: every server says where it listens, and Vite answers.
  const ports = () =>
    [
      /Local Cognito: +http:\/\/127\.0\.0\.1:(\d+)/,
      /range server: +http:\/\/127\.0\.0\.1:(\d+)/,
      /Lambda triggers: +http:\/\/127\.0\.0\.1:(\d+)/,
    ].map((pattern) => Number(pattern.exec(output)?.[1]));
  for (let i = 0; i < 600; i++) {
    const up =
      ports().every((port) => port > 0) &&
      (await fetch(`http://127.0.0.1:${vitePort}/`).then(
        (response) => response.ok,
        () => false,
      ));
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(
    ports().every((port) => port > 0),
    output.slice(-3000),
  ).toBe(true);
  const pids = readFileSync(pidLog, 'utf8').split('\n').filter(Boolean).map(Number);
  return { child, pids, ports: [...ports(), vitePort], output: () => output };
}

/** Polls (generously: the machine may be busy) until no pid runs and no port listens. */
async function leftovers(pids: number[], ports: number[]) {
  let left: (string | number)[] = [];
  for (let i = 0; i < 150; i++) {
    left = [...pids.filter(alive)];
    for (const port of ports) if (await listening(port)) left.push(`port ${port}`);
    if (left.length === 0) return [];
    await new Promise((r) => setTimeout(r, 200));
  }
  return left;
}

describe('npm start and your own app', () => {
  it("registers your app's pages as callback URLs of the web client, for social sign-up", async () => {
    const demo = await startDemo(process.execPath, [join('dev', 'start.mjs')], {
      LOCAL_COGNITO_ALLOWED_ORIGINS: 'http://localhost:5174/ http://127.0.0.1:5174',
      LOCAL_COGNITO_CALLBACK_URLS: 'http://localhost:5174/signup',
    });
    const said = demo.output();
    const cognito = /Local Cognito: +(http:\/\/127\.0\.0\.1:\d+) +\(pool (\S+)\)/.exec(said);
    const clientId = /App clients: +(\S+)/.exec(said)?.[1];
    const { UserPoolClient } = (await cognitoCall(
      cognito?.[1] as string,
      'DescribeUserPoolClient',
      {
        UserPoolId: cognito?.[2],
        ClientId: clientId,
      },
    )) as { UserPoolClient: { CallbackURLs: string[]; LogoutURLs: string[] } };
    const port = demo.ports.at(-1);
    const expected = [
      `http://localhost:${port}/`,
      `http://127.0.0.1:${port}/`,
      'http://localhost:5174/',
      'http://127.0.0.1:5174/',
      'http://localhost:5174/signup',
    ];
    expect(UserPoolClient.CallbackURLs).toEqual(expected);
    expect(UserPoolClient.LogoutURLs).toEqual(expected);
    expect(said).toContain(`Callback URLs:  ${expected.join(', ')}`);
  }, 180_000);
});

describe('npm start killed with SIGKILL', () => {
  it('dev/start.mjs killed: its servers and Vite end', async () => {
    const demo = await startDemo(process.execPath, [join('dev', 'start.mjs')]);
    // dev/start.mjs, the local Cognito and Vite.
    expect(demo.pids.length).toBe(3);
    expect(demo.pids.every(alive)).toBe(true);
    process.kill(demo.child.pid as number, 'SIGKILL');
    expect(await leftovers(demo.pids, demo.ports)).toEqual([]);
  }, 180_000);

  it('the npm process killed: dev/start.mjs, its servers and Vite end', async () => {
    const demo = await startDemo('npm', ['start']);
    expect(demo.pids.length).toBe(3);
    expect(demo.pids.every(alive)).toBe(true);
    // npm only: the shell it runs the script with and dev/start.mjs are left orphaned.
    process.kill(demo.child.pid as number, 'SIGKILL');
    expect(await leftovers(demo.pids, demo.ports)).toEqual([]);
  }, 180_000);
});
