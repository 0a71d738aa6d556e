/**
 * Diplomas: their level in the 1969 nomenclature and in the CNCP of 2019, by the date they were
 * obtained, and their French labels.
 *
 * Sources (domain digest §5):
 * - décret n° 2019-14 du 8 janvier 2019 (cadre national des certifications professionnelles,
 *   JO 9 janvier 2019): V→3, IV→4, III→5, II→6, I→7/8;
 * - décrets n° 2018-733 et n° 2018-734 du 22 août 2018 (formations et diplômes du travail
 *   social, JO 23 août 2018): the five social-work DE move from niveau III to niveau II (CNCP 6)
 *   and confer the grade de licence; first diplomas under the new rules in 2021.
 * @module
 */
import type { Lang } from '../../core/types.js';
import { convertLevel, meetsThreshold, normalizeLevel, scaleAt, type Level, type Level1969, type LevelScale } from './levels.js';
import type { Diploma, DiplomaCode } from './schemas/common.js';

/** The five social-work diplômes d'État (décrets 2018-733/734). */
export const SOCIAL_WORK_DE = ['DEASS', 'DEES', 'DECESF', 'DEETS', 'DEEJE'] as const;
/** A social-work diplôme d'État. */
export type SocialWorkDE = (typeof SOCIAL_WORK_DE)[number];
/** Social-work DE obtained from this date are level II / 6 (first diplomas of the 2018 reform). */
export const DE_REFORM_FIRST_DIPLOMAS = '2021-01-01';

/** A diploma as the model writes it: a bare code (in `qualifications.required`) or an object. */
export type DiplomaInput = Exclude<DiplomaCode, 'OTHER'> | Diploma;

interface TableRow {
  level1969: Level1969;
  cncp: number;
}

const PRE_REFORM_DE: TableRow = { level1969: 'III', cncp: 5 };
const POST_REFORM_DE: TableRow = { level1969: 'II', cncp: 6 };

/** Levels of the diplomas that are not reformed social-work DE (domain digest §5.3). */
const FIXED_LEVELS: Record<Exclude<DiplomaCode, SocialWorkDE | 'OTHER'>, TableRow> = {
  'BTS-ESF': { level1969: 'III', cncp: 5 },
  DEME: { level1969: 'IV', cncp: 4 },
  DETISF: { level1969: 'IV', cncp: 4 },
  DEAES: { level1969: 'V', cncp: 3 },
  CAFERUIS: { level1969: 'II', cncp: 6 },
  DEMF: { level1969: 'II', cncp: 6 },
  DEIS: { level1969: 'I', cncp: 7 },
  CAFDES: { level1969: 'I', cncp: 7 },
  'MASTER-PSYCHOLOGIE': { level1969: 'I', cncp: 7 },
  'MASTER-DROIT': { level1969: 'I', cncp: 7 },
  'LICENCE-DROIT': { level1969: 'II', cncp: 6 },
};

/** French labels of the diplomas, for messages. */
export const DIPLOMA_LABELS: Readonly<Record<DiplomaCode, string>> = {
  DEASS: 'DEASS (assistant de service social)',
  DEES: 'DEES (éducateur spécialisé)',
  DECESF: 'DECESF (conseiller en économie sociale familiale)',
  DEETS: 'DEETS (éducateur technique spécialisé)',
  DEEJE: 'DEEJE (éducateur de jeunes enfants)',
  'BTS-ESF': 'BTS ESF (économie sociale familiale)',
  DEME: 'DEME (moniteur-éducateur)',
  DETISF: "DETISF (technicien de l'intervention sociale et familiale)",
  DEAES: 'DEAES (accompagnant éducatif et social)',
  CAFERUIS: "CAFERUIS (encadrant et responsable d'unité d'intervention sociale)",
  DEMF: 'DEMF (médiateur familial)',
  DEIS: 'DEIS (ingénierie sociale)',
  CAFDES: "CAFDES (directeur d'établissement ou de service d'intervention sociale)",
  'MASTER-PSYCHOLOGIE': 'master de psychologie',
  'LICENCE-DROIT': 'licence de droit',
  'MASTER-DROIT': 'master de droit',
  OTHER: 'autre diplôme',
};

/** English labels of the diplomas. */
export const DIPLOMA_LABELS_EN: Readonly<Record<DiplomaCode, string>> = {
  DEASS: 'DEASS (social worker)',
  DEES: 'DEES (specialised educator)',
  DECESF: 'DECESF (social and family economics counsellor)',
  DEETS: 'DEETS (specialised technical educator)',
  DEEJE: 'DEEJE (early-childhood educator)',
  'BTS-ESF': 'BTS ESF (social and family economics)',
  DEME: 'DEME (assistant educator)',
  DETISF: 'DETISF (social and family intervention technician)',
  DEAES: 'DEAES (educational and social support worker)',
  CAFERUIS: 'CAFERUIS (social-work unit manager)',
  DEMF: 'DEMF (family mediator)',
  DEIS: 'DEIS (social engineering)',
  CAFDES: 'CAFDES (director of a social-work establishment or service)',
  'MASTER-PSYCHOLOGIE': "master's degree in psychology",
  'LICENCE-DROIT': "bachelor's degree in law",
  'MASTER-DROIT': "master's degree in law",
  OTHER: 'other diploma',
};

/**
 * Whether a code is one of the five social-work DE.
 *
 * @example
 * isSocialWorkDE('DEES'); // true
 * isSocialWorkDE('DEME'); // false
 */
export function isSocialWorkDE(code: unknown): code is SocialWorkDE {
  return SOCIAL_WORK_DE.some((de) => de === code);
}

/**
 * The level of a diploma in the scale that applies at `asOf` (1969 before 2019-01-09, CNCP
 * from then on). `undefined` only for an `OTHER` diploma without a valid level, which the
 * schemas reject.
 *
 * @example
 * levelAt({ code: 'DEASS', obtained: '2022-06-30' }, '2023-01-01'); // { scale: 'cncp-2019', value: 6 }
 * levelAt('DEME', '2010-01-01');                                    // { scale: '1969', value: 'IV' }
 */
export function levelAt(diploma: DiplomaInput, asOf: string): Level | undefined {
  const scale = scaleAt(asOf);
  const native = nativeLevel(diploma, scale);
  return native === undefined ? undefined : convertLevel(native, scale);
}

/**
 * Whether a diploma reaches the framework's threshold at `asOf`: 1969 niveau III or better,
 * CNCP level 5 or more.
 *
 * @example
 * reachesThreshold('DEME', '2010-01-01');  // false
 * reachesThreshold('DEASS', '2010-01-01'); // true
 */
export function reachesThreshold(diploma: DiplomaInput, asOf: string): boolean {
  const level = levelAt(diploma, asOf);
  return level !== undefined && meetsThreshold(level);
}

/**
 * The label of a diploma for a message: its `label` for `OTHER`, else the table's.
 *
 * @example
 * diplomaLabel('DEES');                                   // 'DEES (éducateur spécialisé)'
 * diplomaLabel({ code: 'OTHER', label: 'DU victimologie',
 *   level: { scale: 'cncp-2019', value: 6 } });           // 'DU victimologie'
 */
export function diplomaLabel(diploma: DiplomaInput, lang: Lang = 'fr'): string {
  const code = codeOf(diploma);
  if (typeof diploma !== 'string' && code === 'OTHER' && diploma.label !== undefined) return diploma.label;
  return (lang === 'en' ? DIPLOMA_LABELS_EN : DIPLOMA_LABELS)[code];
}

/**
 * The code of a diploma written either way.
 *
 * @example
 * codeOf({ code: 'DEES' }); // 'DEES'
 */
export function codeOf(diploma: DiplomaInput): DiplomaCode {
  return typeof diploma === 'string' ? diploma : diploma.code;
}

/** The diploma's own level (in the scale of the table row chosen for `scale`). */
function nativeLevel(diploma: DiplomaInput, scale: LevelScale): Level | undefined {
  const code = codeOf(diploma);
  if (code === 'OTHER') {
    const given = typeof diploma === 'string' ? undefined : diploma.level;
    return given === undefined ? undefined : normalizeLevel(given);
  }
  const row = isSocialWorkDE(code) ? socialWorkDERow(diploma) : FIXED_LEVELS[code];
  return scale === '1969' ? { scale, value: row.level1969 } : { scale, value: row.cncp };
}

/**
 * A social-work DE is II / 6 when obtained from 2021-01-01, III / 5 before. Without an
 * `obtained` date we assume the pre-reform level: conservative, and it still reaches the
 * framework's threshold (domain digest §5.2: pre-2021 DE satisfy the qualification rule).
 */
function socialWorkDERow(diploma: DiplomaInput): TableRow {
  const obtained = typeof diploma === 'string' ? undefined : diploma.obtained;
  return obtained !== undefined && obtained >= DE_REFORM_FIRST_DIPLOMAS ? POST_REFORM_DE : PRE_REFORM_DE;
}
