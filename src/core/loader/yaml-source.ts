/**
 * A YAML file kept with its node positions, so that any JSON pointer into it can be
 * mapped back to a line and a column.
 * @module
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { fromPointer } from '../pointer.js';
import type { RuleProblem } from '../errors.js';

/** A parsed YAML source. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Line and column (1-based) of the node at `pointer`, or of its closest existing parent; `key` targets the key of a map entry. */
  position(pointer: string, key?: boolean): { line: number; column: number };
}

/**
 * Parses YAML text. Syntax errors come back as problems with their position.
 * @example
 * const r = parseYamlSource('a.yaml', 'rules: [');
 * r.ok; // false
 */
export function parseYamlSource(file: string, text: string): { ok: true; source: YamlSource } | { ok: false; problems: RuleProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
        const detail = e.message.split('\n')[0] ?? e.message;
        return {
          code: 'yaml-syntax' as const,
          file,
          line: pos.line,
          column: pos.col,
          message: `YAML invalide : ${detail}`,
          messageEn: `Invalid YAML: ${detail}`,
        };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ code: 'yaml-syntax', file, line: 1, column: 1, message: `YAML invalide : ${detail}`, messageEn: `Invalid YAML: ${detail}` }] };
  }
  return { ok: true, source: { file, value, position: positionMapper(doc, lineCounter) } };
}

/**
 * Maps JSON pointers to 1-based line and column in a parsed YAML (or JSON) document.
 * @example
 * const lineCounter = new LineCounter();
 * const doc = parseDocument('a:\n  b: 1\n', { lineCounter });
 * positionMapper(doc, lineCounter)('/a/b'); // { line: 2, column: 6 }
 */
export function positionMapper(doc: Document, lineCounter: LineCounter): (pointer: string, key?: boolean) => { line: number; column: number } {
  return (pointer, key = false) => {
    const offset = locate(doc, fromPointer(pointer), key);
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

function locate(doc: Document, segments: string[], key: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (!pair) return offset;
      if (last && key) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
