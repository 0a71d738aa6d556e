/**
 * The two French scales of qualification levels and the conversion between them.
 *
 * - Nomenclature de 1969 (décision du groupe permanent de la formation professionnelle et de la
 *   promotion sociale du 21 mars 1969): levels V (CAP) … I; niveau III = bac + 2.
 * - Cadre national des certifications professionnelles (décret n° 2019-14 du 8 janvier 2019,
 *   JO du 9 janvier 2019, Code du travail D.6113-18 à D.6113-20): levels 1 … 8, with the
 *   correspondence V→3, IV→4, III→5, II→6, I→7 or 8.
 * @module
 */

/** A level scale: the 1969 nomenclature or the CNCP of 2019. */
export type LevelScale = '1969' | 'cncp-2019';
/** The scales, oldest first. */
export const LEVEL_SCALES = ['1969', 'cncp-2019'] as const satisfies readonly LevelScale[];
/** Levels of the 1969 nomenclature, from the highest (I) to the lowest (V). */
export const LEVELS_1969 = ['I', 'II', 'III', 'IV', 'V'] as const;
/** A level of the 1969 nomenclature. */
export type Level1969 = (typeof LEVELS_1969)[number];
/** Lowest and highest CNCP levels. */
export const CNCP_MIN = 1;
export const CNCP_MAX = 8;
/** First day the CNCP scale applies (décret 2019-14, published in the JO of 9 January 2019). */
export const CNCP_START = '2019-01-09';

/** A level, normalised: a 1969 numeral or a CNCP integer. */
export type Level = { scale: '1969'; value: Level1969 } | { scale: 'cncp-2019'; value: number };

const TO_CNCP: Record<Level1969, number> = { V: 3, IV: 4, III: 5, II: 6, I: 7 };
/** The qualification threshold of the framework: 1969 niveau III ≡ CNCP level 5. */
const THRESHOLD_CNCP = 5;

/**
 * The scale that applies at a date: 1969 before 2019-01-09, CNCP from then on.
 *
 * @example
 * scaleAt('2018-12-31'); // '1969'
 * scaleAt('2019-01-09'); // 'cncp-2019'
 */
export function scaleAt(asOf: string): LevelScale {
  return asOf < CNCP_START ? '1969' : 'cncp-2019';
}

/**
 * CNCP level of a 1969 level (V→3, IV→4, III→5, II→6, I→7).
 *
 * @example
 * toCncp('III'); // 5
 */
export function toCncp(level: Level1969): number {
  return TO_CNCP[level];
}

/**
 * 1969 level of a CNCP level (3→V, 4→IV, 5→III, 6→II, 7 and 8→I). CNCP levels 1 and 2 have no
 * 1969 counterpart (the old scale stopped at V): they map to V, which is below the threshold too.
 *
 * @example
 * to1969(8); // 'I'
 */
export function to1969(value: number): Level1969 {
  if (value >= 7) return 'I';
  if (value === 6) return 'II';
  if (value === 5) return 'III';
  if (value === 4) return 'IV';
  return 'V';
}

/**
 * Normalises a level as written in a document (`value` a string or a number): `undefined` when
 * the value does not fit the scale. 1969: "I".."V"; CNCP: an integer 1..8, or its digit as a string.
 *
 * @example
 * normalizeLevel({ scale: 'cncp-2019', value: '6' }); // { scale: 'cncp-2019', value: 6 }
 * normalizeLevel({ scale: '1969', value: 'VI' });     // undefined
 */
export function normalizeLevel(level: { scale: string; value: unknown }): Level | undefined {
  const { scale, value } = level;
  if (scale === '1969') {
    const found = LEVELS_1969.find((numeral) => numeral === value);
    return found === undefined ? undefined : { scale: '1969', value: found };
  }
  if (scale === 'cncp-2019') {
    const numeric = typeof value === 'string' && /^[0-9]$/.test(value) ? Number(value) : value;
    if (typeof numeric === 'number' && Number.isInteger(numeric) && numeric >= CNCP_MIN && numeric <= CNCP_MAX) {
      return { scale: 'cncp-2019', value: numeric };
    }
  }
  return undefined;
}

/**
 * The same level expressed in another scale.
 *
 * @example
 * convertLevel({ scale: '1969', value: 'II' }, 'cncp-2019'); // { scale: 'cncp-2019', value: 6 }
 */
export function convertLevel(level: Level, scale: LevelScale): Level {
  if (level.scale === scale) return { ...level };
  return level.scale === '1969'
    ? { scale: 'cncp-2019', value: toCncp(level.value) }
    : { scale: '1969', value: to1969(level.value) };
}

/**
 * Whether a level reaches the framework's threshold: 1969 niveau III or better (III, II, I),
 * i.e. CNCP level 5 or more.
 *
 * @example
 * meetsThreshold({ scale: '1969', value: 'IV' });      // false
 * meetsThreshold({ scale: 'cncp-2019', value: 5 });    // true
 */
export function meetsThreshold(level: Level): boolean {
  const cncp = level.scale === 'cncp-2019' ? level.value : toCncp(level.value);
  return cncp >= THRESHOLD_CNCP;
}
