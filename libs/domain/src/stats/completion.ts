/**
 * The official completion table (docs/domain-rules.md#the-completion-table; the counting
 * rules are in docs/statistics.md): which tasks count, which of the four buckets each falls in as of
 * an instant, and the rows with their rates. Pure: the facts come from the read model
 * (now) or from the recorded status history (`asOf`, libs/persistence stats repository).
 */
import { zonedParts } from '../time';

/** `current`: the deadline in force (after approved extensions); `original`: the deadline first set. */
export type DeadlineMode = 'current' | 'original';
/** Which tasks make the denominator: assigned in the period (default), or falling due in it. */
export type CountingBasis = 'assigned' | 'due';
/** Delegated sub-tasks: counted as their own rows' tasks (default), or left out (only the directive's own tasks). */
export type SubtaskRule = 'include' | 'exclude';
export type Grouping = 'unit' | 'directive' | 'month' | 'quarter';

export const DEADLINE_MODES: readonly DeadlineMode[] = ['current', 'original'];
export const COUNTING_BASES: readonly CountingBasis[] = ['assigned', 'due'];
export const SUBTASK_RULES: readonly SubtaskRule[] = ['include', 'exclude'];
export const GROUPINGS: readonly Grouping[] = ['unit', 'directive', 'month', 'quarter'];

/** The four buckets of official reporting (docs/domain-rules.md#status-buckets); cancelled tasks are left out of the table. */
export type CompletionBucket = 'completed_on_time' | 'completed_late' | 'open_within_deadline' | 'open_overdue';

/** One task as it stood at the table's instant. */
export interface TaskFacts {
  taskId: string;
  unitId: string;
  unitName: string;
  directiveId: string;
  directiveLabel: string;
  /** 0 for a directive's own task, 1+ for a delegated sub-task. */
  depth: number;
  assignedAt: Date;
  originalDeadline: Date;
  /** The deadline in force at the table's instant. */
  currentDeadline: Date;
  /** When the accepted report went in, if accepted by the table's instant. */
  completedAt: Date | null;
  /** Set when cancelled by the table's instant. */
  cancelledAt: Date | null;
}

export interface CompletionOptions {
  /** Period, inclusive start and exclusive end (instants). */
  from: Date;
  to: Date;
  /** The instant the table describes (now, or `asOf`). */
  asOf: Date;
  mode: DeadlineMode;
  basis: CountingBasis;
  subtasks: SubtaskRule;
  grouping: Grouping;
  timeZone: string;
}

export const DEFAULT_COMPLETION_OPTIONS = {
  mode: 'current',
  basis: 'assigned',
  subtasks: 'include',
  grouping: 'unit',
} as const satisfies Partial<CompletionOptions>;

export interface CompletionCounts {
  total: number;
  completedOnTime: number;
  completedLate: number;
  openWithinDeadline: number;
  openOverdue: number;
}

export interface CompletionRow extends CompletionCounts {
  /** Số thứ tự; null on the total row. */
  tt: number | null;
  key: string;
  label: string;
  /** Percentages of the total, one decimal; null when the total is 0. */
  onTimeRate: number | null;
  lateRate: number | null;
  overdueRate: number | null;
  /** Tasks whose deadline an approved extension moved (counted), and cancelled ones (left out). */
  extended: number;
  cancelled: number;
  notes: string;
}

export interface CompletionTable {
  rows: CompletionRow[];
  total: CompletionRow;
}

export const deadlineOf = (f: TaskFacts, mode: DeadlineMode): Date =>
  mode === 'original' ? f.originalDeadline : f.currentDeadline;

/**
 * The bucket of a task at instant `asOf`: completed when its accepted report went in no
 * later than the deadline (on time) or after it (late); open and within deadline while
 * `asOf` is not past it, overdue after. Completion exactly at the deadline is on time.
 */
export function bucketOf(f: TaskFacts, mode: DeadlineMode, asOf: Date): CompletionBucket {
  const deadline = deadlineOf(f, mode).getTime();
  if (f.completedAt && f.completedAt.getTime() <= asOf.getTime())
    return f.completedAt.getTime() <= deadline ? 'completed_on_time' : 'completed_late';
  return asOf.getTime() <= deadline ? 'open_within_deadline' : 'open_overdue';
}

/** The instant that places a task in a period: its assignment, or its deadline (in the chosen mode). */
export const basisInstant = (f: TaskFacts, o: Pick<CompletionOptions, 'basis' | 'mode'>): Date =>
  o.basis === 'assigned' ? f.assignedAt : deadlineOf(f, o.mode);

/** Whether a task is in the period (cancelled ones are decided separately: they never count). */
export function inScope(
  f: TaskFacts,
  o: Pick<CompletionOptions, 'basis' | 'mode' | 'subtasks' | 'from' | 'to' | 'asOf'>,
) {
  if (o.subtasks === 'exclude' && f.depth > 0) return false;
  if (f.assignedAt.getTime() > o.asOf.getTime()) return false;
  const t = basisInstant(f, o).getTime();
  return t >= o.from.getTime() && t < o.to.getTime();
}

export const isCancelled = (f: TaskFacts, asOf: Date): boolean =>
  f.cancelledAt !== null && f.cancelledAt.getTime() <= asOf.getTime();

const pad2 = (n: number) => String(n).padStart(2, '0');

/** One collator for Vietnamese names (building one per comparison is slow at 20,000 rows). */
export const VI_COLLATOR = new Intl.Collator('vi');

/** The row a task belongs to under a grouping: its key (sortable) and label. */
export function groupOf(f: TaskFacts, o: CompletionOptions): { key: string; label: string } {
  switch (o.grouping) {
    case 'unit':
      return { key: f.unitId, label: f.unitName };
    case 'directive':
      return { key: f.directiveId, label: f.directiveLabel };
    case 'month': {
      const p = zonedParts(basisInstant(f, o), o.timeZone);
      return { key: `${p.year}-${pad2(p.month)}`, label: `Tháng ${pad2(p.month)}/${p.year}` };
    }
    case 'quarter': {
      const p = zonedParts(basisInstant(f, o), o.timeZone);
      const q = Math.ceil(p.month / 3);
      return { key: `${p.year}-Q${q}`, label: `Quý ${['I', 'II', 'III', 'IV'][q - 1]}/${p.year}` };
    }
  }
}

/** A share of the total as a percentage with one decimal (what reports print); null for an empty row. */
export const rate = (part: number, total: number): number | null =>
  total === 0 ? null : Math.round((part * 1000) / total) / 10;

const emptyCounts = (): CompletionCounts & { extended: number; cancelled: number } => ({
  total: 0,
  completedOnTime: 0,
  completedLate: 0,
  openWithinDeadline: 0,
  openOverdue: 0,
  extended: 0,
  cancelled: 0,
});

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const BUCKET_FIELD: Record<CompletionBucket, keyof CompletionCounts> = {
  completed_on_time: 'completedOnTime',
  completed_late: 'completedLate',
  open_within_deadline: 'openWithinDeadline',
  open_overdue: 'openOverdue',
};

/** Ghi chú: what a reader of the row should know beside the numbers. */
export function rowNotes(extended: number, cancelled: number): string {
  const notes: string[] = [];
  if (extended) notes.push(`${extended} nhiệm vụ được gia hạn/điều chỉnh hạn`);
  if (cancelled) notes.push(`${cancelled} nhiệm vụ đã hủy (không tính)`);
  return notes.join('; ');
}

function finish(
  tt: number | null,
  key: string,
  label: string,
  c: CompletionCounts & { extended: number; cancelled: number },
): CompletionRow {
  return {
    tt,
    key,
    label,
    ...c,
    onTimeRate: rate(c.completedOnTime, c.total),
    lateRate: rate(c.completedLate, c.total),
    overdueRate: rate(c.openOverdue, c.total),
    notes: rowNotes(c.extended, c.cancelled),
  };
}

/**
 * The table: one row per group in key order (units and directives by label), numbered
 * TT from 1, and the "Tổng cộng" row summing them. Cancelled tasks of the period are
 * left out of every count and named in the notes. Tasks whose deadline moved
 * (an approved extension or an amendment) are counted in the notes too.
 */
export function completionTable(
  facts: Iterable<TaskFacts>,
  o: CompletionOptions,
  /** Rows shown even with no task (every unit of the subtree, when grouping by unit). */
  seed: { key: string; label: string }[] = [],
): CompletionTable {
  const groups = new Map<string, { label: string; counts: ReturnType<typeof emptyCounts> }>();
  for (const { key, label } of seed) groups.set(key, { label, counts: emptyCounts() });
  const all = emptyCounts();
  for (const f of facts) {
    if (!inScope(f, o)) continue;
    const { key, label } = groupOf(f, o);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, counts: emptyCounts() }));
    for (const c of [group.counts, all]) {
      if (isCancelled(f, o.asOf)) {
        c.cancelled++;
        continue;
      }
      c.total++;
      c[BUCKET_FIELD[bucketOf(f, o.mode, o.asOf)]]++;
      if (f.currentDeadline.getTime() !== f.originalDeadline.getTime()) c.extended++;
    }
  }
  const byLabel = o.grouping === 'unit' || o.grouping === 'directive';
  const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) =>
    byLabel ? VI_COLLATOR.compare(a.label, b.label) || byKey(ka, kb) : byKey(ka, kb),
  );
  return {
    rows: ordered.map(([key, g], i) => finish(i + 1, key, g.label, g.counts)),
    total: finish(null, 'total', 'Tổng cộng', all),
  };
}
