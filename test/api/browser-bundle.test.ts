/**
 * The checks run in a browser: a bundle of the public API (built by vite for the browser, as an
 * app would) has no Node built-in and runs in a bare JavaScript context (no process, no require,
 * no file system) — the shipped ruleset is precompiled, nothing is read at import.
 */
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

describe('browser bundle', () => {
  it('builds without Node built-ins and validates an action in a bare context', async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: 'test/support/browser-entry.ts', formats: ['iife'], name: 'cadreBundle', fileName: 'cadre' },
        rollupOptions: { output: { inlineDynamicImports: true } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
    const code = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk')?.code ?? '';
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toMatch(/require\(["']node:/);
    // What a browser provides (no process, no require, no fs).
    const sandbox: Record<string, unknown> = { console, structuredClone, TextEncoder, TextDecoder, URL, setTimeout, clearTimeout, queueMicrotask };
    runInNewContext(`${code}\nthis.result = cadreBundle.run();`, sandbox);
    expect(sandbox['result']).toEqual({ outcome: 'non-compliant', rules: ['action/hearing-accompaniment'] });
  }, 120_000);
});
