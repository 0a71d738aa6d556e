import { describe, expect, it } from 'vitest';
import {
  DIPLOMA_CODES, DIPLOMA_LABELS, DIPLOMA_LABELS_EN, NAMED_DIPLOMA_CODES, SOCIAL_WORK_DE, convertLevel, diplomaLabel,
  isSocialWorkDE, levelAt, normalizeLevel, reachesThreshold, scaleAt, to1969, toCncp,
} from '../../../src/domain/iscg/index.js';

describe('échelles de niveaux', () => {
  it('1969 avant le 9 janvier 2019, CNCP à partir de cette date (décret 2019-14)', () => {
    expect(scaleAt('2019-01-08')).toBe('1969');
    expect(scaleAt('2019-01-09')).toBe('cncp-2019');
  });

  it('correspondance V↔3, IV↔4, III↔5, II↔6, I↔7 ; 7 et 8 → I', () => {
    expect((['V', 'IV', 'III', 'II', 'I'] as const).map(toCncp)).toEqual([3, 4, 5, 6, 7]);
    expect([3, 4, 5, 6, 7, 8].map(to1969)).toEqual(['V', 'IV', 'III', 'II', 'I', 'I']);
    expect(convertLevel({ scale: 'cncp-2019', value: 8 }, '1969')).toEqual({ scale: '1969', value: 'I' });
  });

  it('normalise un niveau écrit en chiffre et refuse ce qui sort de l’échelle', () => {
    expect(normalizeLevel({ scale: 'cncp-2019', value: '5' })).toEqual({ scale: 'cncp-2019', value: 5 });
    expect(normalizeLevel({ scale: 'cncp-2019', value: 0 })).toBeUndefined();
    expect(normalizeLevel({ scale: 'cncp-2019', value: ' 5' })).toBeUndefined();
    expect(normalizeLevel({ scale: '1969', value: 'iii' })).toBeUndefined();
  });
});

describe('table des diplômes', () => {
  it('un DEASS obtenu en 2022, vu en 2023 : CNCP 6', () => {
    expect(levelAt({ code: 'DEASS', obtained: '2022-06-30' }, '2023-01-01')).toEqual({ scale: 'cncp-2019', value: 6 });
  });

  it('les cinq DE : III / 5 avant la réforme, II / 6 pour les diplômes obtenus à partir de 2021', () => {
    for (const code of SOCIAL_WORK_DE) {
      expect(levelAt({ code, obtained: '2020-12-31' }, '2024-01-01')).toEqual({ scale: 'cncp-2019', value: 5 });
      expect(levelAt({ code, obtained: '2021-01-01' }, '2024-01-01')).toEqual({ scale: 'cncp-2019', value: 6 });
      expect(levelAt({ code, obtained: '2021-07-01' }, '2018-01-01')).toEqual({ scale: '1969', value: 'II' });
    }
  });

  it('un DE sans date d’obtention : niveau d’avant la réforme (prudent), qui atteint le seuil', () => {
    expect(levelAt('DEES', '2024-01-01')).toEqual({ scale: 'cncp-2019', value: 5 });
    expect(levelAt({ code: 'DEEJE' }, '2010-01-01')).toEqual({ scale: '1969', value: 'III' });
    expect(reachesThreshold('DECESF', '2010-01-01')).toBe(true);
  });

  it('un DEME en 2010 : niveau IV de 1969, sous le seuil', () => {
    expect(levelAt({ code: 'DEME' }, '2010-05-01')).toEqual({ scale: '1969', value: 'IV' });
    expect(reachesThreshold({ code: 'DEME' }, '2010-05-01')).toBe(false);
  });

  it.each([
    ['BTS-ESF', 'III', 5, true], ['DEME', 'IV', 4, false], ['DETISF', 'IV', 4, false], ['DEAES', 'V', 3, false],
    ['CAFERUIS', 'II', 6, true], ['DEMF', 'II', 6, true], ['DEIS', 'I', 7, true], ['CAFDES', 'I', 7, true],
    ['MASTER-PSYCHOLOGIE', 'I', 7, true], ['MASTER-DROIT', 'I', 7, true], ['LICENCE-DROIT', 'II', 6, true],
  ] as const)('%s : %s (1969), %i (CNCP), seuil atteint : %s', (code, old, cncp, ok) => {
    expect(levelAt(code, '2015-01-01')).toEqual({ scale: '1969', value: old });
    expect(levelAt(code, '2020-01-01')).toEqual({ scale: 'cncp-2019', value: cncp });
    expect(reachesThreshold(code, '2015-01-01')).toBe(ok);
    expect(reachesThreshold(code, '2020-01-01')).toBe(ok);
  });

  it('OTHER : son niveau déclaré, converti dans l’échelle de la date', () => {
    const du = { code: 'OTHER', label: 'DU', level: { scale: 'cncp-2019', value: '8' } } as const;
    expect(levelAt(du, '2010-01-01')).toEqual({ scale: '1969', value: 'I' });
    const bac = { code: 'OTHER', label: 'Bac pro', level: { scale: '1969', value: 'IV' } } as const;
    expect(levelAt(bac, '2024-01-01')).toEqual({ scale: 'cncp-2019', value: 4 });
    expect(reachesThreshold(bac, '2024-01-01')).toBe(false);
    expect(levelAt({ code: 'OTHER' }, '2024-01-01')).toBeUndefined();
  });

  it('le seuil est le même dans les deux échelles (III ≡ 5)', () => {
    for (const code of NAMED_DIPLOMA_CODES) {
      expect(reachesThreshold(code, '2018-12-31')).toBe(reachesThreshold(code, '2019-01-09'));
    }
  });

  it('reconnaît les cinq DE du travail social', () => {
    expect(DIPLOMA_CODES.filter(isSocialWorkDE)).toEqual(['DEASS', 'DEES', 'DECESF', 'DEETS', 'DEEJE']);
  });

  it('a un intitulé français et anglais pour chaque code', () => {
    for (const code of DIPLOMA_CODES) {
      expect(DIPLOMA_LABELS[code].length).toBeGreaterThan(0);
      expect(DIPLOMA_LABELS_EN[code].length).toBeGreaterThan(0);
    }
    expect(diplomaLabel('DEASS')).toBe('DEASS (assistant de service social)');
    expect(diplomaLabel({ code: 'OTHER', label: 'DU victimologie', level: { scale: '1969', value: 'II' } })).toBe('DU victimologie');
    expect(diplomaLabel('DEES', 'en')).toBe('DEES (specialised educator)');
  });
});
