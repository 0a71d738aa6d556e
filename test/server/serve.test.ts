/**
 * `cadre serve` (src/cli/serve.ts), run in-process: its options and usage errors in French and
 * English, its help, and one real run on a free port (port 0) that answers over HTTP, refuses a
 * port already taken, logs without bodies and stops cleanly on SIGTERM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDuration, parseServeArgs, parseSize, run } from '../../src/cli/serve.js';
import type { Report } from '../../src/index.js';
import { example } from './examples.js';

/** Captures what a block writes on stdout and stderr (the real streams stay quiet). */
function capture(): { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cadre serve: options', () => {
  it('defaults: 127.0.0.1:8080, 1 MiB, 10 s, French', () => {
    expect(parseServeArgs([])).toEqual({ ok: true, options: { port: 8080, host: '127.0.0.1', lang: 'fr', bodyLimit: 1048576, timeout: 10000, help: false } });
  });

  it('reads every flag', () => {
    const parsed = parseServeArgs(['--port', '3000', '--host', '0.0.0.0', '--ruleset', 'rules/iscg', '--lang', 'en', '--body-limit', '512k', '--timeout', '2.5s']);
    expect(parsed).toEqual({ ok: true, options: { port: 3000, host: '0.0.0.0', ruleset: 'rules/iscg', lang: 'en', bodyLimit: 524288, timeout: 2500, help: false } });
    expect(parseServeArgs(['-h'])).toMatchObject({ ok: true, options: { help: true } });
  });

  it('sizes and durations', () => {
    expect([parseSize('1048576'), parseSize('2m'), parseSize('2 Mo'), parseSize('512kb'), parseSize('1.5k')]).toEqual([1048576, 2097152, 2097152, 524288, 1536]);
    expect([parseSize('0'), parseSize('-1'), parseSize('2g'), parseSize('beaucoup')]).toEqual([undefined, undefined, undefined, undefined]);
    expect([parseDuration('5000'), parseDuration('5s'), parseDuration('250ms'), parseDuration('0'), parseDuration('1h')]).toEqual([5000, 5000, 250, undefined, undefined]);
  });

  it('usage errors in French, in English with --lang en', () => {
    expect(parseServeArgs(['--port', '99999'])).toEqual({ ok: false, message: '--port attend un entier de 0 à 65535 (reçu « 99999 »)' });
    expect(parseServeArgs(['--port', 'http', '--lang', 'en'])).toEqual({ ok: false, message: '--port expects an integer from 0 to 65535 (got "http")' });
    expect(parseServeArgs(['--body-limit', 'beaucoup'])).toMatchObject({ ok: false, message: expect.stringContaining('--body-limit attend une taille') });
    expect(parseServeArgs(['--timeout', 'jamais', '--lang', 'en'])).toMatchObject({ ok: false, message: expect.stringContaining('--timeout expects a duration') });
    expect(parseServeArgs(['--lang', 'de'])).toEqual({ ok: false, message: '--lang attend fr ou en (reçu « de »)' });
    expect(parseServeArgs(['--format', 'json'])).toEqual({ ok: false, message: 'option inconnue --format (voir cadre serve --help)' });
    expect(parseServeArgs(['--port'])).toMatchObject({ ok: false, message: expect.stringContaining('--port') });
    expect(parseServeArgs(['docs/examples'])).toEqual({ ok: false, message: "argument inattendu « docs/examples » (cadre serve ne prend pas de fichier ; voir --help)" });
  });
});

describe('cadre serve: run()', () => {
  it('--help prints the routes, the options and examples, in French or English', async () => {
    const io = capture();
    expect((await run(['--help'])).exitCode).toBe(0);
    expect((await run(['--help', '--lang', 'en'])).exitCode).toBe(0);
    const [fr, en] = io.out().split('Usage: cadre serve');
    expect(fr).toContain('Usage : cadre serve');
    expect(fr).toContain('POST /v1/check');
    expect(fr).toContain('--body-limit TAILLE');
    expect(fr).toContain('Exemples :\n  cadre serve\n');
    expect(en).toContain('--port N          port to listen on (default: 8080; 0: any free port)');
    expect(en).toContain('Examples:');
  });

  it('exit 2 with a French message on a usage error or invalid rules', async () => {
    const io = capture();
    expect((await run(['--port', '-1'])).exitCode).toBe(2);
    expect(io.err()).toContain('cadre : ');
    expect((await run(['--ruleset', 'test/fixtures/no-such-ruleset'])).exitCode).toBe(2);
    expect(io.err()).toMatch(/problème\(s\) dans les règles de test\/fixtures\/no-such-ruleset/);
  });

  it('serves on a free port, refuses a port already taken, logs without bodies, stops on SIGTERM', async () => {
    const io = capture();
    const running = run(['--port', '0', '--lang', 'en', '--body-limit', '64k']);
    let url: string | undefined;
    for (let i = 0; i < 200 && url === undefined; i++) {
      await new Promise((r) => setTimeout(r, 25));
      url = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(io.err())?.[1];
    }
    expect(url, io.err()).toBeDefined();
    const base = url as string;

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', ruleset: { name: 'iscg' } });

    const { document } = example('action-audition-demandee-par-opj.yaml');
    const checked = await fetch(`${base}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...document, note: 'Mme Lefèvre' }) });
    expect(checked.status).toBe(422);
    expect(((await checked.json()) as Report).inputErrors[0]?.message).toMatch(/^Unknown key/);

    const big = await fetch(`${base}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'post-text', text: 'x'.repeat(70_000) }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { message: string }).message).toBe('Request body too large: the limit is 64 KB (cadre serve --body-limit).');

    const port = new URL(base).port;
    expect((await run(['--port', port])).exitCode).toBe(2);
    expect(io.err()).toContain(`cadre : le port ${port} est déjà utilisé sur 127.0.0.1 (en choisir un autre avec --port)`);

    process.emit('SIGTERM', 'SIGTERM');
    expect(await running).toEqual({ exitCode: 0 });
    expect(io.err()).toContain('cadre: SIGTERM received, stopping after the requests in progress…\ncadre: service stopped\n');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    expect(process.listenerCount('SIGTERM')).toBe(0);

    const log = io.out();
    expect(log).toContain('"route":"/v1/check","status":422');
    expect(log).toContain('"route":"/healthz","status":200');
    expect(log).not.toContain('Lefèvre');
    expect(log).not.toContain('hearing-accompaniment');
  });
});

describe('loading', () => {
  it('fastify and src/server are loaded by cadre serve only, and only after its options are read', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    for (const file of files('src')) {
      const source = readFileSync(file, 'utf8');
      const staticImports = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] as string);
      if (file.startsWith(join('src', 'server'))) continue;
      expect(staticImports.filter((s) => s === 'fastify' || s.includes('/server/')), file).toEqual([]);
      if (file !== join('src', 'cli', 'serve.ts')) expect(source.includes("import('../server/"), file).toBe(false);
    }
    expect(readFileSync('src/index.ts', 'utf8')).not.toContain('server');
    expect(readFileSync('src/browser.ts', 'utf8')).not.toContain('server');
  });
});
