import type { CycleIndicator } from './indicators';

/** One unit of a round's tree: what it reported (null until it has) and its subordinates. */
export interface ReportNode {
  unitId: string;
  /** The values of the unit's latest submitted report, by indicator name; null: not reported. */
  reported: Record<string, number> | null;
  children: ReportNode[];
}

export interface RolledNode {
  unitId: string;
  reported: Record<string, number> | null;
  /** Per indicator, the roll-up of the direct subordinates' reported values (null: nothing to roll up). */
  rollup: Record<string, number | null>;
  /** Subordinates (direct) that have reported / not yet reported. */
  reportedChildren: number;
  missingChildren: string[];
  children: RolledNode[];
}

/**
 * Aggregates a list of values the indicator's way. `count` counts the values given
 * (how many subordinates reported it); `mean` is the plain mean of the subordinates'
 * values (not weighted: each unit counts once, as in the consolidated tables).
 */
export function aggregate(
  aggregation: Exclude<CycleIndicator['aggregation'], 'ratio'>,
  values: number[],
): number | null {
  if (aggregation === 'count') return values.length;
  if (values.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return round(values.reduce((a, b) => a + b, 0));
    case 'mean':
      return round(values.reduce((a, b) => a + b, 0) / values.length);
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
  }
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * One consolidation step: a unit's draft from what its direct subordinates reported.
 * A ratio divides the roll-ups of its two indicators (so "share of drug-free communes"
 * is the summed count over the summed total, not a mean of shares); a zero denominator
 * gives null.
 */
export function rollUpValues(
  indicators: readonly CycleIndicator[],
  reports: readonly Record<string, number>[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const indicator of indicators) {
    if (indicator.aggregation === 'ratio') continue;
    const values = reports.map((r) => r[indicator.name]).filter((v): v is number => typeof v === 'number');
    out[indicator.name] = aggregate(indicator.aggregation, values);
  }
  for (const indicator of indicators) {
    if (indicator.aggregation !== 'ratio' || !indicator.ratioOf) continue;
    const num = out[indicator.ratioOf.numerator];
    const den = out[indicator.ratioOf.denominator];
    out[indicator.name] = num == null || den == null || den === 0 ? null : round(num / den);
  }
  return out;
}

/** The roll-up at every level of the tree, bottom-up. */
export function rollUpTree(indicators: readonly CycleIndicator[], node: ReportNode): RolledNode {
  const children = node.children.map((child) => rollUpTree(indicators, child));
  const reported = node.children.filter((c) => c.reported).map((c) => c.reported!);
  return {
    unitId: node.unitId,
    reported: node.reported,
    rollup: rollUpValues(indicators, reported),
    reportedChildren: reported.length,
    missingChildren: node.children.filter((c) => !c.reported).map((c) => c.unitId),
    children,
  };
}

/** A consolidating unit's adjustment of an indicator: the roll-up kept beside the value it reported, and why. */
export interface Adjustment {
  indicator: string;
  /** The roll-up of its subordinates' reports (null: none of them has reported it). */
  rollup: number | null;
  value: number;
  note: string | null;
}

/**
 * A unit's adjustments (docs/decisions/0030): every value it reported with a note, and
 * every value that departs from the roll-up of what its subordinates reported, noted
 * or not (so an unexplained change of the consolidated figure shows). The roll-up is
 * never overwritten: the tree keeps both.
 */
export function adjustments(
  indicators: readonly CycleIndicator[],
  node: RolledNode,
  notes: Readonly<Record<string, string>> | null,
): Adjustment[] {
  const reported = node.reported;
  if (!reported) return [];
  return indicators.flatMap((indicator) => {
    const value = reported[indicator.name];
    if (typeof value !== 'number') return [];
    const rollup = node.reportedChildren > 0 ? (node.rollup[indicator.name] ?? null) : null;
    const note = notes?.[indicator.name] ?? null;
    const differs = rollup !== null && Math.abs(value - rollup) > 1e-9;
    return note || differs ? [{ indicator: indicator.name, rollup, value, note }] : [];
  });
}
