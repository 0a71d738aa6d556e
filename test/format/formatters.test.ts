import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FORMATS, formatterFor, type FileResult, type FormatContext } from '../../src/format/index.js';
import { loadFormatter } from '../../src/format/load.js';
import { escapeData, escapeProperty } from '../../src/format/github.js';
import { xmlEscape } from '../../src/format/junit.js';
import { ruleName } from '../../src/format/rule-info.js';
import { realisticResults } from './results.js';
import { addFormats, multitoolValidate, sarifSchemaErrors } from './sarif-validator.js';

let results: FileResult[];
let ctx: FormatContext;
beforeAll(async () => {
  ({ results, ctx } = await realisticResults());
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> }; logicalLocations?: { fullyQualifiedName: string; kind: string }[] }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

describe('realistic results', () => {
  it('cover structured findings with pointers and lines, an invalid document, and text findings with ranges', () => {
    const structured = results[0]!.report.findings;
    expect(structured.map((f) => f.ruleId)).toEqual(['order/too-many', 'order/owner-role', 'order/untagged']);
    expect(structured[0]!.location).toEqual({ pointer: '/qty', line: 3, column: 1 });
    expect(results[2]!.report.outcome).toBe('invalid-input');
    expect(results[3]!.report.findings[0]!.location.endColumn).toBe(41);
  });
});

describe('json', () => {
  it('validates against schemas/report.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as Record<string, unknown>);
    const out = JSON.parse(formatterFor('json')(results, ctx)) as unknown;
    expect(validate(out) ? [] : validate.errors).toEqual([]);
    const broken = JSON.parse(formatterFor('json')(results, ctx)) as { results: { outcome: string }[] };
    broken.results[0]!.outcome = 'fine';
    expect(validate(broken)).toBe(false);
  });
});

describe('sarif', () => {
  it('describes the tool and every rule, and maps findings to results with ruleIndex, levels and locations', () => {
    const log = JSON.parse(formatterFor('sarif')(results, ctx)) as SarifLog;
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'cadre', version: '0.1.0', informationUri: expect.stringMatching(/^https:\/\//) });
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['order/too-many', 'order/owner-role', 'order/untagged', 'input/invalid']);
    expect(rules[0]).toMatchObject({
      name: 'OrderTooMany',
      shortDescription: { text: "Trop d'articles." },
      fullDescription: { text: 'Une commande ne dépasse pas le plafond.' },
      helpUri: 'https://example.test/rules/order/too-many.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[1]!.defaultConfiguration.level).toBe('warning'); // review
    expect(rules[2]!.defaultConfiguration.level).toBe('note'); // info
    for (const r of run.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const qty = run.results.find((r) => r.ruleId === 'order/too-many' && r.locations[0]!.logicalLocations)!;
    expect(qty.level).toBe('error');
    expect(qty.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: expect.stringMatching(/^\.tmp\/format-\w+\/commandes%20du%20jour\.yaml$/), uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1 } },
      logicalLocations: [{ name: 'qty', fullyQualifiedName: '/qty', kind: 'property' }],
    });
    const text = run.results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('fiches/'))!;
    expect(text.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'fiches/offre%2C%20poste%3A%20ISCG.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 41 } });
    expect(text.locations[0]!.logicalLocations).toBeUndefined();
    const invalid = run.results.filter((r) => r.ruleId === 'input/invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ level: 'error', locations: [{ logicalLocations: [{ fullyQualifiedName: '/qty' }] }] });
    expect(invalid[0]!.locations[0]!.physicalLocation.region?.['startLine']).toBe(16);
  });

  it('gives fingerprints that are stable across runs, distinct per finding, and blind to moved lines', () => {
    const prints = (rs: FileResult[]): string[] => (JSON.parse(formatterFor('sarif')(rs, ctx)) as SarifLog).runs[0]!.results.map((r) => r.partialFingerprints['cadreFinding/v1']!);
    const a = prints(results);
    expect(a.every((p) => /^[0-9a-f]{32}$/.test(p))).toBe(true);
    expect(new Set(a).size).toBe(a.length);
    expect(prints(structuredClone(results))).toEqual(a);
    const moved = results.map((r) => ({ ...r, report: { ...r.report, findings: r.report.findings.map((f) => ({ ...f, location: { ...f.location, line: (f.location.line ?? 0) + 7 } })) } }));
    expect(prints(moved)).toEqual(a);
    const renamed = results.map((r) => ({ ...r, file: `autre/${r.file}` }));
    expect(prints(renamed).filter((p) => a.includes(p))).toEqual([]);
  });

  it('is valid SARIF 2.1.0: JSON Schema, and the official SARIF Multitool validator reports no error', () => {
    const text = formatterFor('sarif')(results, ctx);
    expect(sarifSchemaErrors(JSON.parse(text))).toEqual([]);
    const findings = multitoolValidate(text);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(findings).toEqual([]);
  }, 120_000);
});

describe('junit', () => {
  it('has one suite per document, a failure per finding, an error for invalid input, passing rules as test cases', () => {
    const xml = formatterFor('junit')(results, ctx);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cadre lint" tests="')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(4);
    expect(xml).toContain('(document 1)" tests="3" failures="3" errors="0"');
    expect(xml).toContain('(document 2)" tests="3" failures="0" errors="0"');
    expect(xml).toContain('(document 3)" tests="1" failures="0" errors="1"');
    expect(xml.match(/<failure /g)).toHaveLength(5);
    expect(xml).toContain('<failure type="review" message="Titulaire Ana | &lt;b&gt; (guest)">');
    expect(xml).toContain('name="order/untagged" file=');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toMatch(/<(?!\/?(testsuites|testsuite|testcase|failure|error|properties|property)\b|\?xml)/);
  });

  it('escapes the five XML entities and drops characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0001\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#10;');
  });
});

describe('github', () => {
  it('prints one workflow command per finding, with properties and escaped message', () => {
    const out = formatterFor('github')(results, ctx).trimEnd().split('\n');
    expect(out).toHaveLength(6);
    const file = results[0]!.file;
    expect(out).toContain(`::error file=${file},line=3,col=1,title=order/too-many::11 articles, plafond 10 [document 1] — https://example.test/rules/order/too-many.md`);
    expect(out.some((l) => l.startsWith(`::warning file=${file},line=6,col=3,title=order/owner-role::`))).toBe(true);
    expect(out.some((l) => l.startsWith(`::notice file=${file},line=1,col=1,title=order/untagged::Aucune étiquette connue`))).toBe(true);
    expect(out).toContain(`::error file=${file},line=16,col=1,title=input/invalid::${results[2]!.report.inputErrors[0]!.message} (/qty)`);
    expect(out).toContain("::error file=fiches/offre%2C poste%3A ISCG.md,line=12,col=5,endLine=12,endColumn=41,title=order/too-many::L'intervenant « participe aux auditions » : 100 %25 interdit,%0Avoir la circulaire — https://example.test/rules/order/too-many.md");
  });

  it('escapes as the Actions toolkit does', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('x,y:z%')).toBe('x%2Cy%3Az%25');
  });
});

describe('markdown', () => {
  it('summarises for a pull-request comment: headline, documents, findings with links, escaped cells', () => {
    const md = formatterFor('markdown')(results, ctx);
    const lines = md.split('\n');
    expect(lines[0]).toBe('### cadre lint — 4 documents : 2 non conformes, 1 entrée invalide, 1 conforme');
    expect(md).toContain('| | Fichier | Emplacement | Sévérité | Règle | Message |');
    expect(md).toContain('[`order/too-many`](https://example.test/rules/order/too-many.md)');
    expect(md).toContain('Titulaire Ana \\| &lt;b&gt; (guest)');
    expect(md).toContain('6:3 `/owner/role`');
    expect(md).toContain("100 % interdit,<br>voir la circulaire");
    for (const row of lines.filter((l) => l.startsWith('| ❌') || l.startsWith('| 🔍'))) expect(row.split(/(?<!\\)\|/).length).toBeGreaterThanOrEqual(6);
  });

  it('speaks English with --lang en', async () => {
    const en = await realisticResults('en');
    expect(formatterFor('markdown')(en.results, en.ctx)).toContain('| | File | Place | Severity | Rule | Message |');
  });
});

describe('every format', () => {
  it('is registered and handles an empty run', () => {
    expect([...FORMATS]).toEqual(['stylish', 'json', 'sarif', 'junit', 'github', 'markdown']);
    for (const name of FORMATS) expect(typeof formatterFor(name)([], ctx)).toBe('string');
    expect(ruleName('post-text/inquiry-tasks')).toBe('PostTextInquiryTasks');
  });
});

describe('loadFormatter', () => {
  it('loads, for each format name, the formatter that formatterFor gives', async () => {
    for (const name of FORMATS) expect(await loadFormatter(name)).toBe(formatterFor(name));
  });
});
