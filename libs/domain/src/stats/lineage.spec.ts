import type { CompletionOptions } from './completion';
import { completionTable } from './completion';
import { attributeAt, countsAt, unitLineage, type UnitEnding } from './lineage';
import { unitMeasures, workingDaysLateCounter, type RankingFacts } from './rankings';
import { vietnamCalendar } from '../calendar';

const at = (date: string) => new Date(`${date}+07:00`);
const MERGER = at('2026-07-01T00:00');
const LATER = at('2026-10-01T00:00');
// Ia Grai and Chư Sê end into Ia Grai - Chư Sê on 1/7; that one ends into Gia Lai Bắc on 1/10.
const endings: UnitEnding[] = [
  {
    id: 'iagrai',
    code: 'DU-IAGRAI',
    name: 'xã Ia Grai',
    successorId: 'new',
    successorName: 'xã Ia Grai - Chư Sê',
    endedAt: MERGER,
  },
  {
    id: 'chuse',
    code: 'DU-CHUSE',
    name: 'xã Chư Sê',
    successorId: 'new',
    successorName: 'xã Ia Grai - Chư Sê',
    endedAt: MERGER,
  },
  {
    id: 'new',
    code: 'DU-NEW',
    name: 'xã Ia Grai - Chư Sê',
    successorId: 'north',
    successorName: 'Gia Lai Bắc',
    endedAt: LATER,
  },
];
const lineage = unitLineage(endings);

describe('statistics across a reorganisation (docs/decisions/0079)', () => {
  it.each([
    ['an ended unit, before its ending', 'iagrai', at('2026-06-30T23:59'), null],
    ['an ended unit, at the instant it ended', 'iagrai', MERGER, 'new'],
    ['an ended unit, between its ending and its successor’s', 'chuse', at('2026-08-15T00:00'), 'new'],
    ['an ended unit, after its successor ended too: followed through', 'chuse', LATER, 'north'],
    ['the successor, before it ended', 'new', at('2026-09-30T00:00'), null],
    ['a unit that never ended', 'pleiku', LATER, null],
  ])('holder of %s', (_, unit, instant, holder) => {
    expect(lineage.holder(unit, instant)?.id ?? null).toBe(holder);
  });

  it.each([
    ['before the merger: none', 'new', at('2026-06-30T00:00'), []],
    ['after it: both communes, by name', 'new', MERGER, ['DU-CHUSE', 'DU-IAGRAI']],
    ['after the second ending: the three, through the chain', 'north', LATER, ['DU-CHUSE', 'DU-IAGRAI', 'DU-NEW']],
    ['of a unit nothing ended into', 'pleiku', LATER, []],
  ])('predecessors %s', (_, unit, instant, codes) => {
    expect(lineage.predecessors(unit, instant).map((p) => p.code)).toEqual(codes);
  });

  it('does not loop on a cycle of endings (bad data)', () => {
    const loop = unitLineage([
      { id: 'a', code: 'A', name: 'A', successorId: 'b', successorName: 'B', endedAt: MERGER },
      { id: 'b', code: 'B', name: 'B', successorId: 'a', successorName: 'A', endedAt: MERGER },
    ]);
    expect(loop.holder('a', LATER)?.id).toBe('b');
    expect(loop.predecessors('a', LATER).map((p) => p.code)).toEqual(['B']);
  });

  const fact = (unitId: string, assigned: string, completed: string | null): RankingFacts => ({
    taskId: `${unitId}-${assigned}`,
    unitId,
    unitName: unitId,
    directiveId: 'd',
    directiveLabel: 'd',
    depth: 0,
    assignedAt: at(assigned),
    originalDeadline: at('2026-06-20T17:00'),
    currentDeadline: at('2026-06-20T17:00'),
    completedAt: completed ? at(completed) : null,
    cancelledAt: null,
    acknowledgedAt: null,
  });
  // The second quarter: Ia Grai completed one on time, Chư Sê one late; Pleiku one open.
  const facts = [
    fact('iagrai', '2026-04-10T08:00', '2026-06-15T08:00'),
    fact('chuse', '2026-04-10T08:00', '2026-06-25T08:00'),
    fact('pleiku', '2026-04-10T08:00', null),
  ];
  const o = (asOf: Date): CompletionOptions => ({
    from: at('2026-04-01T00:00'),
    to: at('2026-07-01T00:00'),
    asOf,
    mode: 'current',
    basis: 'assigned',
    subtasks: 'include',
    grouping: 'unit',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const rows = (asOf: Date) =>
    completionTable(attributeAt(facts, lineage, asOf), o(asOf)).rows.map((r) => [
      r.key,
      r.total,
      r.completedOnTime,
      r.completedLate,
    ]);

  it.each([
    [
      'as of 30/6 (before the merger): the old communes, each its own row',
      at('2026-06-30T23:59'),
      [
        ['chuse', 1, 0, 1],
        ['iagrai', 1, 1, 0],
        ['pleiku', 1, 0, 0],
      ],
    ],
    [
      'as of 1/7 (the merger): the successor sums its predecessors',
      at('2026-07-01T00:00'),
      [
        ['pleiku', 1, 0, 0],
        ['new', 2, 1, 1],
      ],
    ],
  ])('the second quarter’s table %s', (_, asOf, expected) => {
    expect(rows(asOf)).toEqual(expected);
  });

  it('last year’s figures of a merged unit sum its predecessors’ (the rankings’ comparison column)', () => {
    const late = workingDaysLateCounter(vietnamCalendar([2026]));
    // Last year's facts as they stood then (the old units), attributed as of this year's table.
    const previous = unitMeasures(attributeAt(facts, lineage, MERGER), o(at('2026-06-30T23:59')), late, new Map());
    expect(previous.get('new')).toMatchObject({ total: 2, onTimeRate: 50 });
    expect(previous.has('iagrai')).toBe(false);
  });

  it('sums per-unit counts into the holder', () => {
    const counts = new Map([
      ['iagrai', { escalations: 2, explanationRequests: 1 }],
      ['chuse', { escalations: 1, explanationRequests: 0 }],
      ['pleiku', { escalations: 4, explanationRequests: 2 }],
    ]);
    expect(Object.fromEntries(countsAt(counts, lineage, MERGER))).toEqual({
      new: { escalations: 3, explanationRequests: 1 },
      pleiku: { escalations: 4, explanationRequests: 2 },
    });
    expect(countsAt(counts, lineage, at('2026-06-01T00:00'))).toEqual(counts);
  });
});
