import { attainment, indicatorProblems, type CycleIndicator } from './indicators';
import { isNamedRecipient, resolveRecipients, roundStructure, depthsOf, type UnitNode } from './recipients';
import { adjustments, rollUpTree, rollUpValues } from './rollup';

const unit = (id: string, parent: string | null, kind: UnitNode['kind'], extra: Partial<UnitNode> = {}): UnitNode => ({
  id,
  parentId: parent,
  path: '',
  kind,
  active: true,
  successorId: null,
  ...extra,
});
function tree(...units: UnitNode[]): UnitNode[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path = (u: UnitNode): string => (u.parentId ? path(byId.get(u.parentId)!) : '/') + `${u.id}/`;
  return units.map((u) => ({ ...u, path: path(u) }));
}

// The demo province: the standing board, the provincial Front, communes with their Fronts.
const units = tree(
  unit('TU', null, 'party_committee'),
  unit('BDV', 'TU', 'advisory_board'),
  unit('MTTQ', 'TU', 'fatherland_front'),
  unit('DU-A', 'TU', 'commune'),
  unit('MTTQ-A', 'DU-A', 'fatherland_front'),
  unit('DU-B', 'TU', 'commune', { active: false, successorId: 'DU-C' }),
  unit('DU-C', 'TU', 'commune'),
  unit('MTTQ-C', 'DU-C', 'fatherland_front'),
);

describe('round recipients and structure (pure)', () => {
  it('subtrees filtered by kind, named units followed to their successor, the issuer left out', () => {
    expect(resolveRecipients({ subtrees: [{ rootUnitId: 'TU', kinds: ['commune'] }] }, units, 'TU')).toEqual([
      'DU-A',
      'DU-C',
    ]);
    expect(resolveRecipients({ units: ['DU-B', 'TU'] }, units, 'TU')).toEqual(['DU-C']);
  });

  it('each recipient reports to its nearest recipient ancestor; heights give the deadline level', () => {
    const r = resolveRecipients(
      { subtrees: [{ rootUnitId: 'TU', kinds: ['commune', 'fatherland_front'] }] },
      units,
      'TU',
    );
    const places = roundStructure(r, units);
    expect(places).toEqual([
      { unitId: 'DU-A', parentUnitId: null, height: 1 },
      { unitId: 'MTTQ-A', parentUnitId: 'DU-A', height: 0 },
      { unitId: 'DU-C', parentUnitId: null, height: 1 },
      { unitId: 'MTTQ-C', parentUnitId: 'DU-C', height: 0 },
      { unitId: 'MTTQ', parentUnitId: null, height: 0 },
    ]);
    const withBoard = roundStructure(r, units, 'BDV');
    expect(withBoard.find((p) => p.unitId === 'BDV')).toEqual({ unitId: 'BDV', parentUnitId: null, height: 2 });
    expect(depthsOf(withBoard).get('MTTQ-A')).toBe(2);
  });

  it('a recipient unit reads the cycle: named, under a subtree of its kind, or the consolidating unit', () => {
    const of = (id: string) => units.find((u) => u.id === id)!;
    const def = { recipients: { subtrees: [{ rootUnitId: 'TU', kinds: ['fatherland_front' as const] }] } };
    const reads = (id: string, extra: object = {}) =>
      isNamedRecipient({ consolidatingUnitId: null, ...def, ...extra }, of(id), 'TU');
    expect(['MTTQ', 'MTTQ-A', 'DU-A', 'BDV', 'TU'].map((id) => reads(id))).toEqual([true, true, false, false, false]);
    expect(reads('BDV', { consolidatingUnitId: 'BDV' })).toBe(true);
    expect(reads('DU-A', { recipients: { units: ['DU-A'] } })).toBe(true);
    // The subtree's root itself is not a recipient of its own subtree.
    expect(reads('DU-A', { recipients: { subtrees: [{ rootUnitId: 'DU-A' }] } })).toBe(false);
    expect(reads('MTTQ-A', { recipients: { subtrees: [{ rootUnitId: 'DU-A' }] } })).toBe(true);
  });
});

const indicators: CycleIndicator[] = [
  { name: 'drugFree', unitOfMeasure: 'xã', target: { min: 4, max: 5 }, aggregation: 'sum', direction: 'higher' },
  { name: 'communes', unitOfMeasure: 'xã', target: null, aggregation: 'sum', direction: 'higher' },
  {
    name: 'share',
    unitOfMeasure: '%',
    target: 0.5,
    aggregation: 'ratio',
    ratioOf: { numerator: 'drugFree', denominator: 'communes' },
    direction: 'higher',
  },
  { name: 'satisfaction', unitOfMeasure: 'điểm', target: 8, aggregation: 'mean', direction: 'higher' },
  { name: 'complaints', unitOfMeasure: 'vụ', target: 3, aggregation: 'max', direction: 'lower' },
  { name: 'lowest', unitOfMeasure: 'điểm', target: null, aggregation: 'min', direction: 'higher' },
  { name: 'reporting', unitOfMeasure: 'đơn vị', target: null, aggregation: 'count', direction: 'higher' },
];

describe('roll-up (pure)', () => {
  const a = { drugFree: 2, communes: 3, satisfaction: 7, complaints: 1, lowest: 7, reporting: 1 };
  const b = { drugFree: 1, communes: 5, satisfaction: 9, complaints: 4, lowest: 9, reporting: 1 };
  it.each([
    ['sum', 'drugFree', [a, b], 3],
    ['ratio of the sums, not a mean of ratios', 'share', [a, b], 0.375],
    ['mean', 'satisfaction', [a, b], 8],
    ['max', 'complaints', [a, b], 4],
    ['min', 'lowest', [a, b], 7],
    ['count of reporting subordinates', 'reporting', [a, b], 2],
    ['nothing reported', 'drugFree', [], null],
    ['count of nothing', 'reporting', [], 0],
  ])('%s', (_why, name, reports, expected) => {
    expect(rollUpValues(indicators, reports)[name]).toBe(expected);
  });

  it('rolls up at every level from what each direct subordinate reported; late units listed', () => {
    const rolled = rollUpTree(indicators, {
      unitId: 'TU',
      reported: null,
      children: [
        {
          unitId: 'DU-A',
          reported: { drugFree: 2, communes: 3 },
          children: [
            { unitId: 'X1', reported: { drugFree: 1, communes: 2 }, children: [] },
            { unitId: 'X2', reported: { drugFree: 1, communes: 1 }, children: [] },
          ],
        },
        { unitId: 'DU-C', reported: null, children: [{ unitId: 'Y1', reported: null, children: [] }] },
      ],
    });
    expect(rolled.rollup).toMatchObject({ drugFree: 2, communes: 3, share: 0.666667 });
    expect(rolled.missingChildren).toEqual(['DU-C']);
    expect(rolled.children[0]!.rollup).toMatchObject({ drugFree: 2, communes: 3 });
    expect(rolled.children[1]!.missingChildren).toEqual(['Y1']);
  });
});

describe('adjustments of a roll-up (pure)', () => {
  const two = indicators.slice(0, 2);
  const tree = (reported: Record<string, number> | null) =>
    rollUpTree(two, {
      unitId: 'DU-A',
      reported,
      children: [
        { unitId: 'MTTQ-A', reported: { drugFree: 2, communes: 4 }, children: [] },
        { unitId: 'MTTQ-B', reported: null, children: [] },
      ],
    });

  it('keeps the roll-up beside each value reported with a note or departing from it', () => {
    const node = tree({ drugFree: 3, communes: 4 });
    expect(adjustments(two, node, { drugFree: 'Cộng 1 xã đạt chuẩn sau ngày chốt' })).toEqual([
      { indicator: 'drugFree', rollup: 2, value: 3, note: 'Cộng 1 xã đạt chuẩn sau ngày chốt' },
    ]);
    // Unexplained, the change still shows; the roll-up itself is untouched.
    expect(adjustments(two, node, null)).toEqual([{ indicator: 'drugFree', rollup: 2, value: 3, note: null }]);
    expect(node.rollup).toMatchObject({ drugFree: 2, communes: 4 });
  });

  it('nothing for a unit that reports its roll-up as it is, or has not reported', () => {
    expect(adjustments(two, tree({ drugFree: 2, communes: 4 }), null)).toEqual([]);
    expect(adjustments(two, tree(null), { drugFree: 'x' })).toEqual([]);
  });

  it('a note without subordinates reporting: the value with no roll-up', () => {
    const leaf = rollUpTree(two, { unitId: 'MTTQ-A', reported: { drugFree: 1 }, children: [] });
    expect(adjustments(two, leaf, { drugFree: 'ước tính' })).toEqual([
      { indicator: 'drugFree', rollup: null, value: 1, note: 'ước tính' },
    ]);
  });
});

describe('attainment (pure, the written rule in indicators.ts)', () => {
  it.each([
    ['range 4–5, higher: 4 reaches it', indicators[0]!, 4, true, 'reached'],
    ['range 4–5, higher: 3.7 within 10%', indicators[0]!, 3.7, true, 'at_risk'],
    ['range 4–5, higher: 3 missed', indicators[0]!, 3, true, 'missed'],
    ['lower is better: 3 complaints reach ≤ 3', indicators[4]!, 3, true, 'reached'],
    ['lower is better: 3.2 at risk', indicators[4]!, 3.2, true, 'at_risk'],
    ['lower is better: 5 missed', indicators[4]!, 5, true, 'missed'],
    ['no value', indicators[0]!, null, true, 'not_assessable'],
    ['no target', indicators[1]!, 10, true, 'not_assessable'],
    ['round still open, short of target', indicators[0]!, 2, false, 'not_assessable'],
    ['round still open, already reached', indicators[0]!, 5, false, 'reached'],
  ])('%s', (_why, indicator, value, final, expected) => {
    expect(attainment(indicator, value, final)).toBe(expected);
  });

  it('refuses a ratio of unknown indicators and a backwards range', () => {
    expect(indicatorProblems([{ ...indicators[2]!, ratioOf: { numerator: 'x', denominator: 'y' } }])).toHaveLength(1);
    expect(indicatorProblems([{ ...indicators[0]!, target: { min: 5, max: 4 } }])).toHaveLength(1);
  });
});
