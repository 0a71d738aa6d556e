/**
 * `cadre`: a rules engine for a cadre de référence, shipped with the framework of the social
 * workers placed in French police stations and gendarmerie units (ISCG, 2006).
 *
 * ```ts
 * import { validateAction } from 'cadre';
 * const report = validateAction({ kind: 'action', date: '2025-05-12', type: 'hearing-participation', … });
 * report.outcome; // 'non-compliant'
 * ```
 * @module
 */
export * from './browser.js';
export { loadRuleset } from './domain/iscg/api/load-ruleset.js';
