// `npm run examples:pack`: packs the kit (built by the script before this one) as it would be
// published, to examples/react-cognito-signup.tgz, where both examples install it from.
import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const output = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', examples], {
  cwd: root,
  encoding: 'utf8',
});
const file = output.trim().split('\n').pop();
renameSync(join(examples, file), join(examples, 'react-cognito-signup.tgz'));
console.log(
  'examples/react-cognito-signup.tgz is ready: npm install in examples/vite or examples/next-app-router.',
);
