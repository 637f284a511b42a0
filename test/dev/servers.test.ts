import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// Every server a test run starts ends with it: when its test file fails, and when the runner
// itself is killed mid-run (SIGKILL: nothing of the runner gets to clean up).

const dir = mkdtempSync(join(tmpdir(), 'rcs-servers-'));
const pidLog = join(dir, 'pids');
const runners: ChildProcess[] = [];
afterEach(() => {
  for (const runner of runners.splice(0)) {
    try {
      if (runner.pid) process.kill(-runner.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const pid of pids()) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

function pids(): number[] {
  try {
    return readFileSync(pidLog, 'utf8').split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits (generously: the machine may be busy) until none of the logged servers runs. */
async function survivors(): Promise<number[]> {
  for (let i = 0; i < 150; i++) {
    if (!pids().some(alive)) return [];
    await new Promise((r) => setTimeout(r, 200));
  }
  return pids().filter(alive);
}

/** A Vitest run of one fixture, with servers logging their pids. */
function runFixture(fixture: string) {
  rmSync(pidLog, { force: true });
  const runner = spawn(
    process.execPath,
    [
      join('node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--config',
      join('test', 'dev', 'fixtures', 'vitest.config.ts'),
    ],
    {
      env: { ...process.env, RCS_FIXTURE: fixture, RCS_PID_LOG: pidLog },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, ended after each test: workers included.
      detached: true,
    },
  );
  runners.push(runner);
  let output = '';
  runner.stdout.on('data', (chunk) => {
    output += chunk;
  });
  runner.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => runner.once('exit', resolve));
  return { runner, exited, output: () => output };
}

describe('servers started by tests', () => {
  it('end when the test file fails after starting them', async () => {
    const run = runFixture('harnessFails');
    await run.exited;
    expect(run.output()).toContain('1 passed');
    expect(pids().length).toBeGreaterThan(0); // cognito-local had started
    expect(await survivors()).toEqual([]);
  }, 180_000);

  it('end when the runner is killed mid-run', async () => {
    const run = runFixture('runnerKilled');
    for (let i = 0; i < 600 && !run.output().includes('servers up'); i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(run.output()).toContain('servers up');
    expect(pids().length).toBe(2); // cognito-local and Vite
    expect(pids().every(alive)).toBe(true);
    run.runner.kill('SIGKILL');
    await run.exited;
    expect(await survivors()).toEqual([]);
  }, 180_000);
});
