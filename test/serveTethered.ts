import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { killGroup } from '../dev/local-cognito.mjs';
import { freePort } from './integration/localCognito.ts';

export interface TetheredServer {
  url: string;
  /** Ends the server and its process group. */
  stop(): void;
}

/**
 * Starts a server's own JS entry (`script`, e.g. Vite's or Next.js's bin) on a free loopback
 * port, appended to `args`, and waits until it answers. The server is tethered to this process
 * (dev/tether.cjs): it ends with it, however it ends, even when `stop` is never called.
 */
export async function serveTethered(
  cwd: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<TetheredServer> {
  const port = await freePort();
  const tethered = join(import.meta.dirname, '..', 'dev', 'tethered.mjs');
  const child = spawn(process.execPath, [tethered, script, ...args, String(port)], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.channel?.unref();
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = () => killGroup(child.pid);
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`${script} did not answer on ${url}:\n${output.slice(-2000)}`);
}
