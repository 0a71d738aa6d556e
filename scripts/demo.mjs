// `npm run demo`: checks the shipped examples as a user would (cadre validate, then cadre lint)
// and prints the reports. Findings are expected (some examples are non-compliant on purpose):
// the demo fails only if cadre itself fails (exit code 2 or a crash).
import { spawnSync } from 'node:child_process';

const runs = [
  ['validate', 'docs/examples/'],
  ['lint', 'docs/examples/'],
];
let failed = false;
for (const args of runs) {
  process.stdout.write(`\n$ cadre ${args.join(' ')}\n\n`);
  const r = spawnSync(process.execPath, ['dist/cli/main.js', ...args], { stdio: 'inherit' });
  process.stdout.write(`\n(code de sortie : ${r.status})\n`);
  if (r.status !== 0 && r.status !== 1) failed = true;
}
process.exitCode = failed ? 1 : 0;
