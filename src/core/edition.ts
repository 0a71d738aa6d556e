/**
 * Which edition of a ruleset applies at a date.
 * @module
 */
import type { Edition, Lang } from './types.js';

/**
 * The last edition in force at `asOf`, or undefined.
 * @example
 * editionAt([{ id: '2006', inForceFrom: '2006-12-21', title }], '2007-01-01')?.id; // '2006'
 */
export function editionAt(editions: readonly Edition[], asOf: string): Edition | undefined {
  let found: Edition | undefined;
  for (const e of editions) {
    if (e.inForceFrom <= asOf && (e.inForceUntil === undefined || asOf < e.inForceUntil)) found = e;
  }
  return found;
}

/**
 * Why no edition applies at `asOf`, in the requested language.
 * @example
 * noEditionMessage('iscg', editions, '2006-12-20', 'fr');
 * // 'Aucune édition du référentiel « iscg » n'est en vigueur le 2006-12-20 : l'édition 2006 entre en vigueur le 2006-12-21.'
 */
export function noEditionMessage(name: string, editions: readonly Edition[], asOf: string, lang: Lang): string {
  const next = editions.find((e) => e.inForceFrom > asOf);
  if (lang === 'en') {
    return next
      ? `No edition of ruleset "${name}" is in force on ${asOf}: edition ${next.id} comes into force on ${next.inForceFrom}.`
      : `No edition of ruleset "${name}" is in force on ${asOf}.`;
  }
  return next
    ? `Aucune édition du référentiel « ${name} » n'est en vigueur le ${asOf} : l'édition ${next.id} entre en vigueur le ${next.inForceFrom}.`
    : `Aucune édition du référentiel « ${name} » n'est en vigueur le ${asOf}.`;
}
