import { vietnamCalendar } from '../calendar';
import type { CompletionOptions } from './completion';
import { median, rankUnits, unitMeasures, workingDaysLateCounter, type RankingFacts } from './rankings';

const at = (date: string) => new Date(`${date}+07:00`);
const fact = (unitId: string, f: Partial<RankingFacts>): RankingFacts => ({
  taskId: Math.random().toString(36),
  unitId,
  unitName: unitId,
  directiveId: 'd',
  directiveLabel: 'd',
  depth: 0,
  assignedAt: at('2026-10-05T08:00'),
  originalDeadline: at('2026-11-30T17:00'),
  currentDeadline: at('2026-11-30T17:00'),
  completedAt: null,
  cancelledAt: null,
  acknowledgedAt: null,
  ...f,
});
const o: CompletionOptions = {
  from: at('2026-10-01T00:00'),
  to: at('2027-01-01T00:00'),
  asOf: at('2026-12-31T23:59'),
  mode: 'current',
  basis: 'assigned',
  subtasks: 'include',
  grouping: 'unit',
  timeZone: 'Asia/Ho_Chi_Minh',
};

describe('unit rankings (docs/statistics.md)', () => {
  const calendar = vietnamCalendar([2026, 2027]);
  const late = workingDaysLateCounter(calendar);

  it('counts working days past the deadline: Mon 30/11 → Fri 4/12 is 4, a weekend adds none', () => {
    expect(late(at('2026-11-30T17:00'), at('2026-12-04T09:00'))).toBe(4);
    expect(late(at('2026-12-04T17:00'), at('2026-12-07T09:00'))).toBe(1);
    expect(late(at('2026-12-04T17:00'), at('2026-12-01T09:00'))).toBe(0);
  });

  it('median of an odd and an even list', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('measures per unit, ranked best first by on-time rate, last year beside', () => {
    const facts = [
      fact('A', { completedAt: at('2026-11-20T09:00'), acknowledgedAt: at('2026-10-05T10:00') }),
      fact('A', { completedAt: at('2026-12-04T09:00'), acknowledgedAt: at('2026-10-06T08:00') }),
      fact('B', { completedAt: at('2026-11-01T09:00'), acknowledgedAt: at('2026-10-05T09:00') }),
      fact('C', {}), // open overdue since 30/11: 23 working days to Thu 31/12
      fact('C', { cancelledAt: at('2026-10-10T08:00') }),
    ];
    const counts = new Map([
      ['C', { escalations: 3, explanationRequests: 1 }],
      ['D', { escalations: 1, explanationRequests: 0 }],
    ]);
    const current = unitMeasures(facts, o, late, counts);
    expect(current.get('A')).toMatchObject({
      total: 2,
      onTimeRate: 50,
      meanWorkingDaysLate: 4,
      medianHoursToAcknowledge: 13,
    });
    expect(current.get('C')).toMatchObject({ total: 1, onTimeRate: 0, meanWorkingDaysLate: 23, escalations: 3 });
    const lastYear = new Map([['A', { ...current.get('A')!, onTimeRate: 10 }]]);
    const units = ['A', 'B', 'C', 'D', 'E'].map((u) => ({ unitId: u, unitName: `Đơn vị ${u}` }));
    const ranked = rankUnits(units, current, lastYear, 'onTimeRate');
    expect(ranked.map((r) => [r.rank, r.unitId, r.onTimeRate])).toEqual([
      [1, 'B', 100],
      [2, 'A', 50],
      [3, 'C', 0],
      [4, 'D', null],
      [5, 'E', null],
    ]);
    expect(ranked[1]!.lastYear.onTimeRate).toBe(10);
    expect(ranked[3]).toMatchObject({ unitName: 'Đơn vị D', escalations: 1 });
    expect(rankUnits(units, current, lastYear, 'escalations').map((r) => r.unitId)).toEqual(['A', 'B', 'E', 'D', 'C']);
    expect(rankUnits(units, current, lastYear, 'onTimeRate', 'worst')[0]!.unitId).toBe('C');
  });
});
