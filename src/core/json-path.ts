/**
 * The subset of JSONPath that rule conditions may use: `$`, `.name`, `['name']`, `[n]`.
 * It resolves exactly as json-rules-engine's default resolver (jsonpath-plus, `wrap: false`)
 * does on these paths, without running a general JSONPath engine on every check.
 * @module
 */

/** One step of a path: a property name or an array index. */
export type PathStep = string | number;

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*/;

/**
 * Parses a simple JSONPath. Returns the steps, or a French error message.
 * @example
 * parseJsonPath('$.units[0].kind'); // { ok: true, steps: ['units', 0, 'kind'] }
 */
export function parseJsonPath(path: string): { ok: true; steps: PathStep[] } | { ok: false; message: string } {
  if (!path.startsWith('$')) return { ok: false, message: `le chemin « ${path} » doit commencer par « $ »` };
  const steps: PathStep[] = [];
  let i = 1;
  while (i < path.length) {
    const rest = path.slice(i);
    if (rest.startsWith('.')) {
      const m = NAME.exec(rest.slice(1));
      if (!m) return { ok: false, message: `nom de champ attendu après « . » en position ${i + 1} de « ${path} »` };
      steps.push(m[0]);
      i += 1 + m[0].length;
      continue;
    }
    const index = /^\[(\d+)\]/.exec(rest);
    if (index) {
      steps.push(Number(index[1]));
      i += index[0].length;
      continue;
    }
    const quoted = /^\['([A-Za-z0-9_-]+)'\]/.exec(rest);
    if (quoted) {
      steps.push(quoted[1] as string);
      i += quoted[0].length;
      continue;
    }
    return {
      ok: false,
      message: `syntaxe non prise en charge en position ${i + 1} de « ${path} » (seuls $, .nom, ['nom'] et [n] sont admis)`,
    };
  }
  return { ok: true, steps };
}

/**
 * Follows steps in a value; `undefined` as soon as a step is missing.
 * @example
 * resolvePath({ a: [{ b: 1 }] }, ['a', 0, 'b']); // 1
 */
export function resolvePath(value: unknown, steps: readonly PathStep[]): unknown {
  let current: unknown = value;
  for (const step of steps) {
    // As jsonpath-plus: a falsy value has no member; a string's own members are its indices and length.
    if (!current || (typeof current !== 'object' && typeof current !== 'string')) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}
