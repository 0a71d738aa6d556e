import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSubjectSchemas } from '../../../scripts/generate-schemas.js';

describe('schémas JSON des sujets', () => {
  it('les fichiers de schemas/ sont à jour', () => {
    const files = generateSubjectSchemas();
    expect(Object.keys(files)).toEqual(['schemas/post.schema.json', 'schemas/action.schema.json', 'schemas/sharing.schema.json']);
    for (const [file, content] of Object.entries(files)) {
      let current = '';
      try {
        current = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
      } catch {
        // missing file: reported below as stale
      }
      expect(current === content, `${file} est périmé : lancer « npx tsx scripts/generate-schemas.ts »`).toBe(true);
    }
  });
});
