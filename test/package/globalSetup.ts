import { execFileSync } from 'node:child_process';

/** Builds the package once before the package tests run against `dist/`. */
export default function buildPackage(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
