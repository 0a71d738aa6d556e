/**
 * Writes the JSON Schemas of the structured subjects (`schemas/{post,action,sharing}.schema.json`),
 * generated from the zod schemas. Run `npx tsx scripts/generate-schemas.ts` after changing a
 * schema; `test/domain/iscg/schemas-fresh.test.ts` fails while the files are stale.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { STRUCTURED_SUBJECTS, buildSubjectJsonSchema } from '../src/domain/iscg/schemas/json-schema.js';

/**
 * The schema files and their content, by path relative to the repository root.
 *
 * @example
 * Object.keys(generateSubjectSchemas());
 * // ['schemas/post.schema.json', 'schemas/action.schema.json', 'schemas/sharing.schema.json']
 */
export function generateSubjectSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const subject of STRUCTURED_SUBJECTS) {
    files[`schemas/${subject}.schema.json`] = `${JSON.stringify(buildSubjectJsonSchema(subject), null, 2)}\n`;
  }
  return files;
}

function main(): void {
  const root = new URL('../', import.meta.url);
  for (const [file, content] of Object.entries(generateSubjectSchemas())) {
    writeFileSync(fileURLToPath(new URL(file, root)), content);
    console.log(`écrit : ${file}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
