/**
 * The state of one check: the document, the date, and the derived facts computed so far
 * (each fact is computed at most once per check).
 * @module
 */
import type { DerivedFact, Hit } from '../types.js';

const UNSET: unique symbol = Symbol('unset');

/** Per-check state passed to compiled conditions. */
export class EvalContext {
  readonly document: Record<string, unknown>;
  readonly asOf: string;
  /** Where text operators record matches; undefined when nobody listens. */
  hits: Hit[] | undefined = undefined;
  private readonly derived: readonly DerivedFact[];
  private readonly values: unknown[];

  constructor(document: Record<string, unknown>, asOf: string, derived: readonly DerivedFact[]) {
    this.document = document;
    this.asOf = asOf;
    this.derived = derived;
    this.values = new Array<unknown>(derived.length).fill(UNSET);
  }

  /** Value of derived fact number `index`, computed on first use. */
  derivedFact(index: number): unknown {
    const value = this.values[index];
    if (value !== UNSET) return value;
    const computed = (this.derived[index] as DerivedFact).compute(this.document, { asOf: this.asOf });
    this.values[index] = computed;
    return computed;
  }
}
