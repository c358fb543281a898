import { bucketOf, completionTable, type CompletionOptions, type TaskFacts } from './completion';

/**
 * The counting rules of docs/statistics.md, as a table: the fourth quarter of 2026
 * (1/10 to 31/12, Asia/Ho_Chi_Minh), tasks on time, late, overdue, extended, cancelled,
 * assigned before the quarter, falling due after it, and a delegated sub-task.
 */
const at = (date: string) => new Date(`${date}+07:00`);
const U = { tg: 'Ban Tuyên giáo', nd: 'Hội Nông dân', ca: 'Công an tỉnh', cx: 'Công an xã' };
let n = 0;
const task = (unitName: string, f: Partial<TaskFacts> & { assignedAt: Date; originalDeadline: Date }): TaskFacts => ({
  taskId: `t${++n}`,
  unitId: unitName,
  unitName,
  directiveId: 'd1',
  directiveLabel: '461-QĐ/TU',
  depth: 0,
  currentDeadline: f.originalDeadline,
  completedAt: null,
  cancelledAt: null,
  ...f,
});
const FACTS = {
  onTime: task(U.tg, {
    assignedAt: at('2026-10-05T08:00'),
    originalDeadline: at('2026-11-30T17:00'),
    completedAt: at('2026-11-20T09:00'),
  }),
  late: task(U.nd, {
    assignedAt: at('2026-10-05T08:00'),
    originalDeadline: at('2026-11-30T17:00'),
    completedAt: at('2026-12-10T09:00'),
  }),
  overdue: task(U.ca, { assignedAt: at('2026-10-05T08:00'), originalDeadline: at('2026-12-15T17:00') }),
  extended: task(U.ca, {
    assignedAt: at('2026-10-10T08:00'),
    originalDeadline: at('2026-12-01T17:00'),
    currentDeadline: at('2026-12-20T17:00'),
    completedAt: at('2026-12-10T09:00'),
  }),
  cancelled: task(U.tg, {
    assignedAt: at('2026-10-05T08:00'),
    originalDeadline: at('2026-12-05T17:00'),
    cancelledAt: at('2026-11-01T08:00'),
  }),
  dueNextQuarter: task(U.nd, { assignedAt: at('2026-12-01T08:00'), originalDeadline: at('2027-01-20T17:00') }),
  assignedLastQuarter: task(U.tg, {
    assignedAt: at('2026-09-20T08:00'),
    originalDeadline: at('2026-10-30T17:00'),
    completedAt: at('2026-10-25T09:00'),
  }),
  subtask: task(U.cx, {
    depth: 1,
    assignedAt: at('2026-10-06T08:00'),
    originalDeadline: at('2026-12-10T17:00'),
    completedAt: at('2026-12-05T09:00'),
  }),
};
const base: CompletionOptions = {
  from: at('2026-10-01T00:00'),
  to: at('2027-01-01T00:00'),
  asOf: at('2026-12-31T23:59'),
  mode: 'current',
  basis: 'assigned',
  subtasks: 'include',
  grouping: 'unit',
  timeZone: 'Asia/Ho_Chi_Minh',
};
const totals = (o: Partial<CompletionOptions>) => {
  const { total, completedOnTime, completedLate, openWithinDeadline, openOverdue, cancelled } = completionTable(
    Object.values(FACTS),
    { ...base, ...o },
  ).total;
  return [total, completedOnTime, completedLate, openWithinDeadline, openOverdue, cancelled];
};

describe('completion table: counting rules (docs/statistics.md)', () => {
  it.each([
    // basis, mode, subtasks → [total, on time, late, open within, open overdue, cancelled]
    ['assigned', 'current', 'include', [6, 3, 1, 1, 1, 1]],
    ['assigned', 'original', 'include', [6, 2, 2, 1, 1, 1]],
    ['due', 'current', 'include', [6, 4, 1, 0, 1, 1]],
    ['due', 'original', 'include', [6, 3, 2, 0, 1, 1]],
    ['assigned', 'current', 'exclude', [5, 2, 1, 1, 1, 1]],
    ['due', 'original', 'exclude', [5, 2, 2, 0, 1, 1]],
  ] as const)('%s in the period, %s deadline, sub-tasks %s', (basis, mode, subtasks, expected) => {
    expect(totals({ basis, mode, subtasks })).toEqual(expected);
  });

  it('as of an earlier instant: what had happened by then', () => {
    // 25/11: the late task was still open within its deadline, the extended one not yet done,
    // the December task not yet assigned.
    expect(totals({ asOf: at('2026-11-25T12:00') })).toEqual([5, 1, 0, 4, 0, 1]);
    // Before the cancellation, the cancelled task still counted (open within deadline).
    expect(totals({ asOf: at('2026-10-20T12:00') })).toEqual([6, 0, 0, 6, 0, 0]);
  });

  it('a task done after an approved extension: on time against the current deadline, late against the original', () => {
    expect(bucketOf(FACTS.extended, 'current', base.asOf)).toBe('completed_on_time');
    expect(bucketOf(FACTS.extended, 'original', base.asOf)).toBe('completed_late');
  });

  it('completion exactly at the deadline is on time; a second after it, late', () => {
    const d = at('2026-11-30T17:00');
    const f = { ...FACTS.onTime, completedAt: d };
    expect(bucketOf(f, 'current', base.asOf)).toBe('completed_on_time');
    expect(bucketOf({ ...f, completedAt: new Date(d.getTime() + 1000) }, 'current', base.asOf)).toBe('completed_late');
  });

  it('rows per unit in name order, numbered TT, with rates and notes; the total row sums them', () => {
    const table = completionTable(Object.values(FACTS), base);
    expect(table.rows.map((r) => [r.tt, r.label, r.total, r.onTimeRate, r.lateRate, r.overdueRate])).toEqual([
      [1, U.tg, 1, 100, 0, 0],
      [2, U.ca, 2, 50, 0, 50],
      [3, U.cx, 1, 100, 0, 0],
      [4, U.nd, 2, 0, 50, 0],
    ]);
    expect(table.rows[0]!.notes).toBe('1 nhiệm vụ đã hủy (không tính)');
    expect(table.rows[1]!.notes).toBe('1 nhiệm vụ được gia hạn/điều chỉnh hạn');
    expect(table.total).toMatchObject({ tt: null, label: 'Tổng cộng', total: 6, onTimeRate: 50, lateRate: 16.7 });
  });

  it('groups by month and quarter of the basis instant, in time order; seeded units show with zeros', () => {
    const months = completionTable(Object.values(FACTS), { ...base, grouping: 'month' });
    expect(months.rows.map((r) => [r.label, r.total])).toEqual([
      ['Tháng 10/2026', 5],
      ['Tháng 12/2026', 1],
    ]);
    const quarters = completionTable(Object.values(FACTS), { ...base, basis: 'due', grouping: 'quarter' });
    expect(quarters.rows.map((r) => [r.key, r.label, r.total])).toEqual([['2026-Q4', 'Quý IV/2026', 6]]);
    const seeded = completionTable([], base, [{ key: 'u9', label: 'Xã Ia Grai' }]);
    expect(seeded.rows).toMatchObject([{ tt: 1, label: 'Xã Ia Grai', total: 0, onTimeRate: null }]);
  });
});
