/**
 * `cadre serve` as a user starts it: the built command on a free port, a check over HTTP with
 * a shipped example, then SIGTERM ends it with exit code 0.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

function startServe(args: string[]): Promise<{ url: string; stop: () => Promise<number | null>; stderr: () => string }> {
  const child = spawn(process.execPath, ['dist/cli/main.js', 'serve', '--port', '0', ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 20 s: ${stderr}`)), 20_000);
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      // The whole first line: a chunk may end in the middle of the port.
      const found = /(http:\/\/127\.0\.0\.1:\d+)[^\n]*\n/.exec(stderr);
      if (found) {
        clearTimeout(timer);
        resolve({
          url: found[1] as string,
          stderr: () => stderr,
          stop: () =>
            new Promise((done) => {
              child.once('exit', (code) => done(code));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
}

describe('cadre serve (built command)', () => {
  it('answers a check with the report, then stops on SIGTERM with exit code 0', async () => {
    const server = await startServe([]);
    expect(server.stderr()).toContain("service à l'écoute sur");
    const document = parse(readFileSync('docs/examples/action-audition-demandee-par-opj.yaml', 'utf8')) as Record<string, unknown>;
    const response = await fetch(`${server.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(document) });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { outcome: string; findings: { ruleId: string }[] };
    expect(report.outcome).toBe('non-compliant');
    expect(report.findings.map((f) => f.ruleId)).toContain('action/hearing-accompaniment');
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await server.stop()).toBe(0);
    // Requests are logged without their bodies.
    expect(server.stderr()).not.toContain('hearing-accompaniment');
  }, 30_000);

  it('speaks English with --lang en', async () => {
    const server = await startServe(['--lang', 'en']);
    expect(server.stderr()).toContain('serving http://127.0.0.1:');
    expect(await server.stop()).toBe(0);
  }, 30_000);
});
