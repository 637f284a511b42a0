// `node dev/tethered.mjs <script> [args…]`: runs a server's own JS entry (Vite, Next.js) in this
// process, tethered to the process that started it (dev/tether.cjs): it ends when that ends.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { logPid } from './local-cognito.mjs';
import './tether.cjs';

const [script, ...args] = process.argv.slice(2);
if (!script) throw new Error('usage: node dev/tethered.mjs <script> [args…]');
logPid(process.pid);
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
