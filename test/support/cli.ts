/** Runs the `cadre` command as a user would (the built package, dist/, kept fresh by global-setup.ts). */
import { spawnSync } from 'node:child_process';

/** What a CLI run gave. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `cadre ARGS…` with optional standard input.
 * @example
 * runCli(['validate', 'docs/examples/']).code; // 1
 */
export function runCli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, ['dist/cli/main.js', ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
