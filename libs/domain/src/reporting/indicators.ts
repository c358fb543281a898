import type { FieldProblem } from '../errors';
import { msg } from '../errors';

/**
 * Indicators of a reporting cycle (chỉ tiêu): a name, a unit of measure, a target (a
 * number, or a range such as "4–5 xã"), how values roll up the hierarchy and which
 * direction is better.
 */
export type Aggregation = 'sum' | 'mean' | 'min' | 'max' | 'count' | 'ratio';
export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'mean', 'min', 'max', 'count', 'ratio'];

export interface CycleIndicator {
  name: string;
  unitOfMeasure: string;
  target: number | { min: number; max: number } | null;
  aggregation: Aggregation;
  /** For a ratio: the names of the two indicators divided (their own roll-ups, then divided). */
  ratioOf?: { numerator: string; denominator: string } | null;
  direction: 'higher' | 'lower';
}

export function indicatorProblems(value: unknown, field = 'indicators'): FieldProblem[] {
  if (!Array.isArray(value) || value.length > 50) return [{ field, message: msg('indicators.atMost50') }];
  const problems: FieldProblem[] = [];
  const names = new Set(value.map((i: CycleIndicator) => i?.name));
  value.forEach((i: CycleIndicator, n) => {
    const at = `${field}.${n}`;
    const target = i.target;
    if (target !== null && typeof target === 'object' && !(target.min <= target.max)) {
      problems.push({ field: `${at}.target`, message: msg('indicators.aRangeNeedsMinMax') });
    }
    if (i.aggregation === 'ratio') {
      const r = i.ratioOf;
      if (!r || !names.has(r.numerator) || !names.has(r.denominator) || r.numerator === i.name) {
        problems.push({
          field: `${at}.ratioOf`,
          message: msg('indicators.aRatioNamesTwoOtherIndicators'),
        });
      }
    }
  });
  if (names.size !== value.length) problems.push({ field, message: msg('indicators.duplicateNames') });
  return problems;
}

export type Attainment = 'reached' | 'at_risk' | 'missed' | 'not_assessable';

/** Within this share of the target a value that falls short is "at risk", not "missed". */
export const AT_RISK_MARGIN = 0.1;

/**
 * Attainment, the written rule:
 *  - no value, or no target: not yet assessable;
 *  - higher is better: reached at or above the target (for a range, its lower bound:
 *    "4–5 xã" is reached with 4); within 10% below it at risk; further below missed;
 *  - lower is better: reached at or below the target (for a range, its upper bound);
 *    within 10% above it at risk; further above missed;
 *  - while the round is still open (`final` false) a value that has not reached the
 *    target is not yet assessable: the period's figures are not all in.
 */
export function attainment(
  indicator: Pick<CycleIndicator, 'target' | 'direction'>,
  value: number | null,
  final = true,
): Attainment {
  const { target, direction } = indicator;
  if (value === null || target === null) return 'not_assessable';
  const bound = typeof target === 'number' ? target : direction === 'higher' ? target.min : target.max;
  const reached = direction === 'higher' ? value >= bound : value <= bound;
  if (reached) return 'reached';
  if (!final) return 'not_assessable';
  const margin = Math.abs(bound) * AT_RISK_MARGIN;
  const near = direction === 'higher' ? value >= bound - margin : value <= bound + margin;
  return near ? 'at_risk' : 'missed';
}
