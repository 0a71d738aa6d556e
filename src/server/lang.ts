/**
 * The language of a response: `?lang=fr|en`, else the `Accept-Language` header, else the
 * service's default (French unless `cadre serve --lang en`).
 * @module
 */
import type { Lang } from '../core/types.js';

/**
 * The language asked for by a request. An invalid `lang` parameter is ignored here (the route
 * that reads it answers 400); `Accept-Language` counts only for `fr` and `en`, by quality.
 * @example
 * requestLang({ lang: 'en' }, undefined, 'fr'); // 'en'
 * requestLang({}, 'en-GB,en;q=0.9,fr;q=0.8', 'fr'); // 'en'
 * requestLang({}, undefined, 'fr'); // 'fr'
 */
export function requestLang(query: unknown, acceptLanguage: string | string[] | undefined, fallback: Lang): Lang {
  const asked = query !== null && typeof query === 'object' ? (query as Record<string, unknown>)['lang'] : undefined;
  if (asked === 'fr' || asked === 'en') return asked;
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  return header ? (preferredLang(header) ?? fallback) : fallback;
}

/**
 * The preferred of `fr` and `en` in an `Accept-Language` header, or undefined when it names
 * neither (then the service's default applies). Equal qualities: the first named wins.
 * @example
 * preferredLang('de-DE, en;q=0.5'); // 'en'
 * preferredLang('fr-FR,fr;q=0.9,en;q=0.8'); // 'fr'
 * preferredLang('de'); // undefined
 */
export function preferredLang(header: string): Lang | undefined {
  let best: Lang | undefined;
  let bestQ = 0;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'fr' && primary !== 'en') continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    if (!(q > bestQ)) continue;
    best = primary;
    bestQ = q;
  }
  return best;
}
