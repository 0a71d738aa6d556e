/** The generated fast parsers and JSON Schemas match the zod schemas they come from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderParserModules } from '../../../scripts/generate-parsers.js';

describe('analyseurs rapides générés', () => {
  it('sont à jour avec les schémas zod (npx tsx scripts/generate-parsers.ts)', () => {
    for (const [file, text] of Object.entries(renderParserModules())) {
      let current = '';
      try {
        current = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
      } catch {
        // missing file: reported below as stale
      }
      expect(current === text, `${file} est périmé : lancer « npx tsx scripts/generate-parsers.ts »`).toBe(true);
    }
  });
});
