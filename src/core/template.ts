/**
 * Message templates: `{{fact.path}}`, `{{params.name}}`, `{{asOf}}`, `{{evidence}}`.
 * @module
 */
import type { Lang } from './types.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][A-Za-z0-9_$.-]*)\s*\}\}/g;

/** Resolves the dotted name of a placeholder to a value. */
export type TemplateLookup = (name: string) => unknown;

const MISSING: Record<Lang, string> = { fr: '(non renseigné)', en: '(not given)' };
const BOOL: Record<Lang, [string, string]> = { fr: ['oui', 'non'], en: ['yes', 'no'] };

/**
 * Renders a value for a message.
 * @example
 * formatValue(['health', 'offence'], 'fr'); // 'health, offence'
 */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === '') return MISSING[lang];
  if (Array.isArray(value)) return value.length === 0 ? MISSING[lang] : value.map((v) => formatValue(v, lang)).join(', ');
  if (typeof value === 'boolean') return value ? BOOL[lang][0] : BOOL[lang][1];
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['code'] === 'string') return o['code'];
    if (typeof o['kind'] === 'string') return o['kind'];
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * Fills the placeholders of a template.
 * @example
 * renderTemplate('Ordre reçu de : {{instructedBy.kind}}', (n) => (n === 'instructedBy.kind' ? 'police' : undefined), 'fr');
 * // 'Ordre reçu de : police'
 */
export function renderTemplate(template: string, lookup: TemplateLookup, lang: Lang): string {
  if (!template.includes('{{')) return template;
  return template.replace(PLACEHOLDER, (_, name: string) => formatValue(lookup(name), lang));
}

/**
 * Names used by a template (to check them when rules are loaded).
 * @example
 * templateNames('{{a.b}} et {{c}}'); // ['a.b', 'c']
 */
export function templateNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}
