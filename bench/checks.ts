/**
 * Section 1 of the bench: the checks. `validateAction`, `validateSharing`, `validatePost` on
 * 10,000 generated documents each; on the action documents, json-rules-engine (the exported
 * rules, one reused engine, facts already parsed) and the hand-written implementation, after
 * asserting that all three give the same findings.
 * @module
 */
import { isDeepStrictEqual } from 'node:util';
import { actionDocuments, postDocuments, sharingDocuments, type Doc } from './documents.js';
import { createHandwrittenAction } from './handwritten-action.js';
import { asyncCallStats, callStats, pairedRatio, passNs, quantile, type CallStats } from './measure.js';
import type { Cadre } from './package.js';
import { seeded } from './random.js';

/** One subject's figures. */
export interface SubjectFigures extends CallStats {
  documents: number;
  /** Share of the documents whose outcome is `non-compliant`. */
  nonCompliantShare: number;
}

/** What section 1 measures. */
export interface ChecksResult {
  subjects: Record<'action' | 'sharing' | 'post', SubjectFigures>;
  jsonRulesEngine: CallStats;
  handwritten: CallStats;
  /** Documents refused by the fast parser, checked through zod (for information). */
  invalidInput: CallStats;
  checkerVsJre: number;
  checkerVsHandwritten: number;
}

type Validate = (input: unknown) => { outcome: string; findings: { ruleId: string; severity: string }[] };

/**
 * Runs section 1.
 * @example
 * const checks = await benchChecks(await loadCadre(), 10_000);
 * checks.checkerVsJre; // e.g. 400
 */
export async function benchChecks(cadre: Cadre, count: number, log: (line: string) => void): Promise<ChecksResult> {
  const sets = { action: actionDocuments(count), sharing: sharingDocuments(count), post: postDocuments(count) };
  const validators: Record<keyof typeof sets, Validate> = { action: cadre.validateAction, sharing: cadre.validateSharing, post: cadre.validatePost };
  const handwritten = createHandwrittenAction(cadre.compileRuleset().ruleset);
  const engine = cadre.createJreEngine(cadre.toJsonRulesEngine(), cadre.iscgDomain, 'action');
  const actionSubject = cadre.iscgDomain.subjects.find((s) => s.name === 'action');
  const parsed = sets.action.map((doc) => {
    const result = actionSubject?.parse(doc, 'fr');
    if (!result?.ok) throw new Error(`document du banc invalide : ${JSON.stringify(doc)}`);
    return result.value;
  });
  const jre = (doc: unknown): Promise<unknown> => cadre.runJreEngine(engine, doc as Doc, (doc as Doc)['date'] as string);

  log('  accord des trois implémentations sur les documents action…');
  await assertAgreement(sets.action, parsed, validators.action, handwritten.check, jre);
  for (let i = 0; i < 3; i++) for (const name of ['action', 'sharing', 'post'] as const) passNs(validators[name], sets[name]);

  const subjects = {} as ChecksResult['subjects'];
  for (const name of ['action', 'sharing', 'post'] as const) {
    log(`  validate${name[0]?.toUpperCase()}${name.slice(1)} : ${count} documents…`);
    const reports = sets[name].map((doc) => validators[name](doc));
    const nonCompliantShare = reports.filter((r) => r.outcome === 'non-compliant').length / reports.length;
    subjects[name] = { documents: count, nonCompliantShare, ...callStats(validators[name], sets[name], 3) };
  }
  log('  code écrit à la main…');
  for (let i = 0; i < 3; i++) passNs(handwritten.check, sets.action);
  const handwrittenStats = callStats(handwritten.check, sets.action, 3);
  const checkerVsHandwritten = pairedRatio(validators.action, handwritten.check, sets.action, 21);

  log('  json-rules-engine (2 passages de 10 000 documents, par tranches de 500)…');
  const jsonRulesEngine = await asyncCallStats(jre, parsed, 1);
  const checkerVsJre = await chunkedJreRatio(parsed, sets.action, jre, validators.action);
  const invalid = damagedActions(sets.action.slice(0, 1000));
  const invalidInput = callStats(validators.action, invalid, 2);
  return {
    subjects,
    jsonRulesEngine,
    handwritten: handwrittenStats,
    invalidInput,
    checkerVsJre,
    checkerVsHandwritten,
  };
}

/**
 * json-rules-engine's time over the checker's, chunk by chunk: each 500 documents through
 * json-rules-engine (≈ 0.2 s), then the same 500 through the checker (the median of 7 passes):
 * the machine's slow phases hit both sides of each ratio; the median of the ratios is kept.
 */
async function chunkedJreRatio(parsed: readonly Doc[], docs: readonly Doc[], jre: (doc: unknown) => Promise<unknown>, validate: Validate): Promise<number> {
  const ratios: number[] = [];
  for (let start = 0; start < docs.length; start += 500) {
    const chunkParsed = parsed.slice(start, start + 500);
    const chunk = docs.slice(start, start + 500);
    const begin = process.hrtime.bigint();
    for (const doc of chunkParsed) await jre(doc);
    const jreNs = Number(process.hrtime.bigint() - begin) / chunk.length;
    const checkerNs = quantile(Array.from({ length: 7 }, () => passNs(validate, chunk)), 0.5);
    ratios.push(jreNs / checkerNs);
  }
  return quantile(ratios, 0.5);
}

/** Throws unless the checker, json-rules-engine and the hand-written code agree on every document. */
async function assertAgreement(
  docs: readonly Doc[],
  parsed: readonly Doc[],
  validate: Validate,
  handwritten: (input: unknown) => unknown,
  jre: (doc: unknown) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as Doc;
    const report = validate(doc);
    const ours = report.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity })).sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    const theirs = await jre(parsed[i]);
    if (!isDeepStrictEqual(ours, theirs)) {
      throw new Error(`json-rules-engine diffère sur ${JSON.stringify(doc)} : ${JSON.stringify(theirs)} au lieu de ${JSON.stringify(ours)}`);
    }
    // A report carries today's date only for input without a date: none here, so reports compare whole.
    if (!isDeepStrictEqual(report, handwritten(doc))) {
      throw new Error(`le code écrit à la main diffère sur ${JSON.stringify(doc)} : ${JSON.stringify(handwritten(doc))}`);
    }
  }
}

/** Valid documents damaged in one place (a required field removed, an unknown value, an unknown key). */
function damagedActions(docs: readonly Doc[]): Doc[] {
  const random = seeded(40);
  return docs.map((doc) => {
    const copy = structuredClone(doc);
    const damage = random.int(0, 2);
    if (damage === 0) delete copy[random.pick(['type', 'person', 'consent', 'date'])];
    else if (damage === 1) copy['type'] = random.pick(['polis', 'Listening', 'audition']);
    else copy['remarque'] = 'clé inconnue';
    return copy;
  });
}
