/**
 * Before the tests: makes sure dist/ is built from the current sources, so that CLI tests run
 * the command as users run it (node dist/cli/main.js), quickly. `npm ci` builds it already;
 * this rebuilds only when a source file is newer than the build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const built = 'dist/cli/main.js';
  if (existsSync(built) && statSync(built).mtimeMs >= newest('src')) return;
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/postbuild.mjs'], { stdio: 'inherit' });
}
