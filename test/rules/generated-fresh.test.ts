/** The precompiled ruleset shipped in the package matches the YAML rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesetModule, RULESET_MODULE } from '../../scripts/generate-ruleset.js';

describe('precompiled ruleset', () => {
  it('is up to date with rules/iscg (run: npm run generate)', async () => {
    expect(readFileSync(RULESET_MODULE, 'utf8') === (await renderRulesetModule()), 'src/domain/iscg/generated/ruleset.ts is stale: run npm run generate').toBe(true);
  });
});
