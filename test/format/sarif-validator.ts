/**
 * Validates SARIF logs twice: against the SARIF 2.1.0 JSON Schema shipped with the official
 * SARIF Multitool (ajv, draft 2020-12), and with the Multitool's own `validate` command (the
 * OASIS/Microsoft validator, a self-contained binary from npm: @microsoft/sarif-multitool).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Ajv2020 } from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);

/** Folder of the Multitool's platform package (linux here and in CI), or undefined. */
export function multitoolDir(): string | undefined {
  const pkg = `@microsoft/sarif-multitool-${process.platform}`;
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return undefined;
  }
}

/** Formats as the SARIF schema uses them (no ajv-formats in the project). */
export function addFormats(ajv: Ajv2020): void {
  const isUrl = (s: string): boolean => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', isUrl);
  ajv.addFormat('uri-reference', (s: string) => isUrl(s) || /^[^\s:]*$/.test(s) || /^[A-Za-z0-9%._~!$&'()*+,;=:@/-]+$/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
}

/** Schema errors of a SARIF log ([] when valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  const dir = multitoolDir();
  if (!dir) throw new Error('the SARIF Multitool is not installed (npm ci installs it)');
  const schema = JSON.parse(readFileSync(join(dir, 'sarif-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** A result of the Multitool's validator. */
export interface MultitoolResult {
  ruleId: string;
  level: string;
  message: string;
}

/** Runs `Sarif.Multitool validate` on a log; returns its results (errors and warnings). */
export function multitoolValidate(text: string): MultitoolResult[] {
  const dir = multitoolDir();
  if (!dir) throw new Error('the SARIF Multitool is not installed (npm ci installs it)');
  const bin = join(dir, 'Sarif.Multitool');
  // npm may skip the package's postinstall (chmod u+x): make it executable here.
  if ((statSync(bin).mode & 0o100) === 0) chmodSync(bin, 0o755);
  const work = mkdtempSync(join(tmpdir(), 'cadre-sarif-'));
  const input = join(work, 'log.sarif');
  const output = join(work, 'validation.sarif');
  writeFileSync(input, text);
  const r = spawnSync(bin, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 120_000,
  });
  if (!existsSync(output)) throw new Error(`Multitool failed (${String(r.status)}): ${r.stdout}\n${r.stderr}`);
  const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[] }[] };
  return (log.runs[0]?.results ?? []).map((x) => ({ ruleId: x.ruleId, level: x.level ?? 'warning', message: x.message.text ?? (x.message.arguments ?? []).join(' | ') }));
}
