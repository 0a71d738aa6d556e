/**
 * Words of the reports in French and English: severities, outcomes, source statuses.
 * @module
 */
import type { Lang, Outcome, Severity, SourceStatus } from '../core/types.js';

/** Severity names. */
export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  fr: { error: 'erreur', review: 'à examiner', warning: 'avertissement', info: 'info' },
  en: { error: 'error', review: 'review', warning: 'warning', info: 'info' },
};

/** Outcome names. */
export const OUTCOME_LABEL: Record<Lang, Record<Outcome, string>> = {
  fr: { compliant: 'conforme', 'non-compliant': 'non conforme', 'needs-review': 'à examiner', 'invalid-input': 'entrée invalide' },
  en: { compliant: 'compliant', 'non-compliant': 'non-compliant', 'needs-review': 'needs review', 'invalid-input': 'invalid input' },
};

/** Source status names (the tags of the domain digest). */
export const STATUS_LABEL: Record<Lang, Record<SourceStatus, string>> = {
  fr: { verified: 'vérifié', secondary: 'source secondaire', 'legal-knowledge': 'connaissance juridique', inference: 'interprétation', unverified: 'non vérifié' },
  en: { verified: 'verified', secondary: 'secondary source', 'legal-knowledge': 'legal knowledge', inference: 'inference', unverified: 'unverified' },
};

/**
 * "3 erreurs" / "1 error": a count with its noun.
 * @example
 * plural(2, 'erreur', 'erreurs'); // '2 erreurs'
 */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
