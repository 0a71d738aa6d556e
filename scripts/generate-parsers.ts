/**
 * Generates the fast parsers of the structured subjects (post, action, sharing) from their zod
 * schemas: standalone TypeScript (no zod at run time) that returns a fresh plain copy of a
 * valid document — every field of the schema present, `undefined` where the document has
 * none — or `undefined`; zod then runs only to word the errors of an invalid one
 * ("error parity"). Also writes the subjects' top-level fields and JSON Schemas, so that the
 * subjects need no zod at start-up. A test fails while the files are stale.
 *
 *   npx tsx scripts/generate-parsers.ts
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { actionSchema } from '../src/domain/iscg/schemas/action.js';
import { diplomaSchema, levelSchema } from '../src/domain/iscg/schemas/common.js';
import { STRUCTURED_SUBJECTS, buildSubjectJsonSchema, type StructuredSubject } from '../src/domain/iscg/schemas/json-schema.js';
import { postSchema } from '../src/domain/iscg/schemas/post.js';
import { sharingSchema } from '../src/domain/iscg/schemas/sharing.js';

/** What the generator reads of a zod schema (zod 4's `_zod.def`). */
interface ZodNode {
  _zod: { def: ZodDef };
}
interface ZodDef {
  type: string;
  shape?: Record<string, ZodNode>;
  catchall?: ZodNode;
  innerType?: ZodNode;
  entries?: Record<string, unknown>;
  values?: unknown[];
  element?: ZodNode;
  options?: ZodNode[];
  checks?: ZodNode[];
  check?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

const node = (schema: unknown): ZodNode => schema as ZodNode;
const SCHEMAS: Record<StructuredSubject, ZodNode> = { post: node(postSchema), action: node(actionSchema), sharing: node(sharingSchema) };
/** The `superRefine` of a schema, as a predicate of `parse/refinements.ts`. */
const REFINEMENTS = new Map<ZodNode, string>([
  [node(levelSchema), 'levelIsInScale'],
  [node(diplomaSchema), 'diplomaIsComplete'],
]);

/** zod's ISO date pattern: tested by `isIsoDateString` (same answers) rather than by the regular expression. */
const ISO_DATE_PATTERN = (z.iso.date() as unknown as ZodNode)._zod.def.pattern?.source;

/** Where the generated modules go, relative to the repository root. */
export const PARSERS_MODULE = 'src/domain/iscg/parse/generated/fast-parsers.ts';
export const SCHEMAS_MODULE = 'src/domain/iscg/parse/generated/json-schemas.ts';

class Emitter {
  readonly constants: string[] = [];
  readonly functions: string[] = [];
  private readonly names = new Map<ZodNode, string>();

  /** A boolean expression testing `v` for a scalar schema, or undefined for a compound one. */
  test(schema: ZodNode, v: string): string | undefined {
    const def = schema._zod.def;
    switch (def.type) {
      case 'boolean':
        return `typeof ${v} === 'boolean'`;
      case 'string':
        return [`typeof ${v} === 'string'`, ...this.stringChecks(def, v)].join(' && ');
      case 'number':
        return [`typeof ${v} === 'number'`, `Number.isFinite(${v})`, ...this.numberChecks(def, v)].join(' && ');
      case 'enum':
        return `${this.constant(`new Set<unknown>(${JSON.stringify(Object.values(def.entries ?? {}))})`)}.has(${v})`;
      case 'literal':
        return `(${(def.values ?? []).map((x) => `${v} === ${JSON.stringify(x)}`).join(' || ')})`;
      case 'union': {
        const tests = (def.options ?? []).map((o) => this.test(o, v));
        return tests.every((t) => t !== undefined) ? `(${tests.map((t) => `(${t})`).join(' || ')})` : undefined;
      }
      default:
        return undefined;
    }
  }

  /** Statements that check `v` against `schema` and store its copy in `target`, or return undefined. */
  parse(schema: ZodNode, v: string, target: string): string {
    const test = this.test(schema, v);
    if (test !== undefined) return target === v ? `if (!(${test})) return undefined;` : `if (!(${test})) return undefined;\n${target} = ${v};`;
    return `{ const r = ${this.function(schema)}(${v}); if (r === undefined) return undefined; ${target} = r; }`;
  }

  /** The name of the function that parses a compound schema (generated once per schema). */
  function(schema: ZodNode): string {
    const known = this.names.get(schema);
    if (known) return known;
    const def = schema._zod.def;
    const name = `${def.type}${this.names.size}`;
    this.names.set(schema, name);
    if (def.type === 'object') this.functions.push(this.object(schema, name));
    else if (def.type === 'array') this.functions.push(this.array(def, name));
    else if (def.type === 'union') this.functions.push(this.union(def, name));
    else throw new Error(`type de schéma non pris en charge : ${def.type}`);
    return name;
  }

  /**
   * An object: its properties are read in one `for…in` pass (V8 reads `o[key]` there from the
   * enumeration, without a lookup; reading absent optional keys by name was the slowest part),
   * then checked in the order of the schema, and the copy is made with one object literal of all
   * the schema's fields, `undefined` for an absent one. So every document has one shape per object
   * of the model: built with a store per present field instead, the documents took one hidden
   * class per combination of optional fields, the stores and the rules' reads became polymorphic
   * and V8 had to compile them again when a new combination came (docs/performance.md). Nested
   * objects must be plain (prototype `Object.prototype` or null): another object is left to zod,
   * which reads inherited getters.
   */
  private object(schema: ZodNode, name: string): string {
    const def = schema._zod.def;
    const shape = def.shape ?? {};
    const keys = Object.keys(shape);
    for (const key of keys) if (key in Object.prototype) throw new Error(`clé « ${key} » homonyme d'une propriété d'Object.prototype`);
    const catchall = def.catchall?._zod.def.type;
    if (catchall !== undefined && catchall !== 'never') throw new Error(`catchall non pris en charge : ${catchall}`);
    const vars = keys.map((_, i) => `v${i}`);
    const lines = [
      `function ${name}(input: unknown): Plain | undefined {`,
      `  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;`,
      `  const proto: unknown = Object.getPrototypeOf(input);`,
      `  if (proto !== Object.prototype && proto !== null) return undefined;`,
      `  const o = input as Plain;`,
      `  let ${vars.map((v) => `${v}: unknown`).join(', ')};`,
      `  for (const key in o) {`,
      `    switch (key) {`,
      ...keys.map((k, i) => `      case ${JSON.stringify(k)}:\n        ${vars[i]} = o[key];\n        break;`),
      `      default:`,
      catchall === 'never' ? `        return undefined;` : `        break;`,
      `    }`,
      `  }`,
    ];
    keys.forEach((key, i) => {
      const field = shape[key] as ZodNode;
      const optional = field._zod.def.type === 'optional';
      const inner = optional ? (field._zod.def.innerType as ZodNode) : field;
      const v = vars[i] as string;
      const body = this.parse(inner, v, v);
      lines.push(optional ? `  if (${v} !== undefined) {\n${indent(body, 4)}\n  }` : indent(body, 2));
    });
    lines.push(`  const out: Plain = { ${keys.map((k, i) => `${JSON.stringify(k)}: ${vars[i]}`).join(', ')} };`);
    for (const check of def.checks ?? []) {
      const predicate = REFINEMENTS.get(schema);
      if (check._zod.def.check !== 'custom' || predicate === undefined) throw new Error(`raffinement inconnu sur l'objet ${keys.join(', ')}`);
      lines.push(`  if (!${predicate}(out)) return undefined;`);
    }
    lines.push(`  return out;`, `}`);
    return lines.join('\n');
  }

  private array(def: ZodDef, name: string): string {
    if (def.checks?.length) throw new Error('contraintes de taille de tableau non prises en charge');
    const body = this.parse(def.element as ZodNode, 'v', 'out[i]');
    return [`function ${name}(input: unknown): unknown[] | undefined {`, `  if (!Array.isArray(input)) return undefined;`, `  const out: unknown[] = [];`, `  for (let i = 0; i < input.length; i++) {`, `    const v: unknown = input[i];`, indent(body, 4), `  }`, `  return out;`, `}`].join('\n');
  }

  private union(def: ZodDef, name: string): string {
    const lines = [`function ${name}(v: unknown): unknown {`];
    for (const option of def.options ?? []) {
      const test = this.test(option, 'v');
      lines.push(test !== undefined ? `  if (${test}) return v;` : `  { const r = ${this.function(option)}(v); if (r !== undefined) return r; }`);
    }
    lines.push(`  return undefined;`, `}`);
    return lines.join('\n');
  }

  private stringChecks(def: ZodDef, v: string): string[] {
    const out = def.check === 'string_format' ? [this.pattern(def, v)] : [];
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.check === 'min_length') out.push(`${v}.length >= ${c.minimum}`);
      else if (c.check === 'max_length') out.push(`${v}.length <= ${c.maximum}`);
      else if (c.check === 'string_format') out.push(this.pattern(c, v));
      else throw new Error(`contrainte de texte non prise en charge : ${c.check}`);
    }
    return out;
  }

  private numberChecks(def: ZodDef, v: string): string[] {
    return (def.checks ?? []).map((check) => {
      const c = check._zod.def;
      if (c.check === 'greater_than') return `${v} ${c.inclusive ? '>=' : '>'} ${c.value}`;
      if (c.check === 'less_than') return `${v} ${c.inclusive ? '<=' : '<'} ${c.value}`;
      throw new Error(`contrainte de nombre non prise en charge : ${c.check}`);
    });
  }

  private pattern(def: ZodDef, v: string): string {
    if (!def.pattern) throw new Error('format de texte sans motif');
    if (def.pattern.source === ISO_DATE_PATTERN && def.pattern.flags === '') return `isIsoDateString(${v})`;
    return `${this.constant(`/${def.pattern.source}/${def.pattern.flags}`)}.test(${v})`;
  }

  private constant(expression: string): string {
    const existing = this.constants.findIndex((c) => c.endsWith(` = ${expression};`));
    if (existing >= 0) return `C${existing}`;
    this.constants.push(`const C${this.constants.length} = ${expression};`);
    return `C${this.constants.length - 1}`;
  }
}

function indent(text: string, spaces: number): string {
  return text.split('\n').map((line) => ' '.repeat(spaces) + line).join('\n');
}

const HEADER = '// Généré par scripts/generate-parsers.ts à partir des schémas zod : ne pas modifier à la main.\n';

/**
 * The text of the two generated modules, by path.
 * @example
 * Object.keys(renderParserModules()); // [PARSERS_MODULE, SCHEMAS_MODULE]
 */
export function renderParserModules(): Record<string, string> {
  const emitter = new Emitter();
  const roots = STRUCTURED_SUBJECTS.map((s) => `  ${s}: ${emitter.function(SCHEMAS[s])},`);
  const fields = STRUCTURED_SUBJECTS.map((s) => `  ${s}: Object.freeze(${JSON.stringify(Object.keys(SCHEMAS[s]._zod.def.shape ?? {}))}),`);
  const parsers = `${HEADER}/* eslint-disable */
import { diplomaIsComplete, isIsoDateString, levelIsInScale } from '../refinements.js';

type Plain = Record<string, unknown>;

${emitter.constants.join('\n')}

${emitter.functions.join('\n\n')}

/**
 * Fast parsers of the structured subjects: a fresh plain copy of a valid document, with every
 * field of the schema (\`undefined\` where absent), else undefined.
 */
export const FAST_PARSERS: Record<'post' | 'action' | 'sharing', (input: unknown) => Plain | undefined> = {
${roots.join('\n')}
};

/** Top-level fields of each structured subject, in the order of its schema. */
export const SUBJECT_FIELDS: Record<'post' | 'action' | 'sharing', readonly string[]> = {
${fields.join('\n')}
};
`;
  const schemas = Object.fromEntries(STRUCTURED_SUBJECTS.map((s) => [s, buildSubjectJsonSchema(s)]));
  const jsonSchemas = `${HEADER}
/** JSON Schemas of the structured subjects (the same as schemas/*.schema.json), without zod. */
export const SUBJECT_JSON_SCHEMAS: Record<'post' | 'action' | 'sharing', Record<string, unknown>> = JSON.parse(${JSON.stringify(JSON.stringify(schemas))}) as Record<'post' | 'action' | 'sharing', Record<string, unknown>>;
`;
  return { [PARSERS_MODULE]: parsers, [SCHEMAS_MODULE]: jsonSchemas };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = new URL('../', import.meta.url);
  for (const [file, text] of Object.entries(renderParserModules())) {
    writeFileSync(fileURLToPath(new URL(file, root)), text);
    process.stdout.write(`écrit : ${file}\n`);
  }
}
