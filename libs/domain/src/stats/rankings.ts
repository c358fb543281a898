/**
 * Unit rankings (xếp hạng đơn vị) for a period: on-time rate, mean working days late,
 * median time to acknowledge, escalations received and explanation requests, with the
 * same period last year beside them (docs/statistics.md). Pure; the calendar counts
 * working days.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import {
  VI_COLLATOR,
  bucketOf,
  deadlineOf,
  inScope,
  isCancelled,
  rate,
  type CompletionOptions,
  type TaskFacts,
} from './completion';

export interface RankingFacts extends TaskFacts {
  acknowledgedAt: Date | null;
}

export interface UnitMeasures {
  total: number;
  onTimeRate: number | null;
  /** Over tasks completed late or open overdue at the instant: working days past the deadline. */
  meanWorkingDaysLate: number | null;
  /** Hours from assignment to acknowledgement, median over acknowledged tasks. */
  medianHoursToAcknowledge: number | null;
  escalations: number;
  explanationRequests: number;
}

export interface RankingRow extends UnitMeasures {
  rank: number;
  unitId: string;
  unitName: string;
  lastYear: UnitMeasures;
}

export const RANKING_SORTS = [
  'onTimeRate',
  'meanWorkingDaysLate',
  'medianHoursToAcknowledge',
  'escalations',
  'explanationRequests',
  'total',
] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

/** Per-unit counts that come from elsewhere than the tasks (notices, explanation requests). */
export type UnitCounts = Map<string, { escalations: number; explanationRequests: number }>;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Working days from a deadline to a later instant (0 the same day); memoised per date pair. */
export function workingDaysLateCounter(calendar: BusinessCalendar): (deadline: Date, at: Date) => number {
  const memo = new Map<string, number>();
  return (deadline, at) => {
    const from = calendar.dateOf(deadline);
    const to = calendar.dateOf(at);
    const key = `${from}|${to}`;
    let days = memo.get(key);
    if (days === undefined) memo.set(key, (days = Math.max(0, calendar.workingDaysBetween(from, to))));
    return days;
  };
}

/** The measures of each unit over the tasks in scope of `o`. */
export function unitMeasures(
  facts: Iterable<RankingFacts>,
  o: CompletionOptions,
  workingDaysLate: (deadline: Date, at: Date) => number,
  counts: UnitCounts,
): Map<string, UnitMeasures & { unitName: string }> {
  const acc = new Map<string, { name: string; total: number; onTime: number; late: number[]; ack: number[] }>();
  for (const f of facts) {
    if (!inScope(f, o) || isCancelled(f, o.asOf)) continue;
    let a = acc.get(f.unitId);
    if (!a) acc.set(f.unitId, (a = { name: f.unitName, total: 0, onTime: 0, late: [], ack: [] }));
    a.total++;
    const bucket = bucketOf(f, o.mode, o.asOf);
    if (bucket === 'completed_on_time') a.onTime++;
    if (bucket === 'completed_late') a.late.push(workingDaysLate(deadlineOf(f, o.mode), f.completedAt!));
    if (bucket === 'open_overdue') a.late.push(workingDaysLate(deadlineOf(f, o.mode), o.asOf));
    if (f.acknowledgedAt && f.acknowledgedAt.getTime() <= o.asOf.getTime())
      a.ack.push((f.acknowledgedAt.getTime() - f.assignedAt.getTime()) / 3_600_000);
  }
  const out = new Map<string, UnitMeasures & { unitName: string }>();
  for (const [unitId, a] of acc) {
    out.set(unitId, {
      unitName: a.name,
      total: a.total,
      onTimeRate: rate(a.onTime, a.total),
      meanWorkingDaysLate: a.late.length ? round1(a.late.reduce((x, y) => x + y, 0) / a.late.length) : null,
      medianHoursToAcknowledge: round1(median(a.ack)),
      escalations: counts.get(unitId)?.escalations ?? 0,
      explanationRequests: counts.get(unitId)?.explanationRequests ?? 0,
    });
  }
  for (const [unitId, c] of counts) if (!out.has(unitId)) out.set(unitId, { ...EMPTY, ...c, unitName: '' });
  return out;
}

const EMPTY: UnitMeasures = {
  total: 0,
  onTimeRate: null,
  meanWorkingDaysLate: null,
  medianHoursToAcknowledge: null,
  escalations: 0,
  explanationRequests: 0,
};

const measuresOnly = ({
  total,
  onTimeRate,
  meanWorkingDaysLate,
  medianHoursToAcknowledge,
  escalations,
  explanationRequests,
}: UnitMeasures): UnitMeasures => ({
  total,
  onTimeRate,
  meanWorkingDaysLate,
  medianHoursToAcknowledge,
  escalations,
  explanationRequests,
});

/** Higher is better for the on-time rate and the total; lower for the rest. */
const BETTER_HIGH: ReadonlySet<RankingSort> = new Set(['onTimeRate', 'total']);

/**
 * Rows for the units of `units` with this period's measures and last year's, ranked by
 * `sort` best first (or worst first with `order: 'worst'`); a unit without a value
 * ranks last either way; ties keep the unit's name order.
 */
export function rankUnits(
  units: { unitId: string; unitName: string }[],
  current: Map<string, UnitMeasures>,
  lastYear: Map<string, UnitMeasures>,
  sort: RankingSort,
  order: 'best' | 'worst' = 'best',
): RankingRow[] {
  const rows = units.map((u) => ({
    ...(current.get(u.unitId) ?? EMPTY),
    ...u,
    lastYear: measuresOnly(lastYear.get(u.unitId) ?? EMPTY),
  }));
  const sign = (BETTER_HIGH.has(sort) ? -1 : 1) * (order === 'best' ? 1 : -1);
  rows.sort((a, b) => {
    const x = a[sort];
    const y = b[sort];
    if (x === null || y === null) return x === y ? VI_COLLATOR.compare(a.unitName, b.unitName) : x === null ? 1 : -1;
    return sign * (x - y) || VI_COLLATOR.compare(a.unitName, b.unitName);
  });
  return rows.map((row, i) => ({ rank: i + 1, ...row }));
}
