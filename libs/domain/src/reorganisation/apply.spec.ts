import { applyPlanToTasks, reorganisationMoves, taskHandOverTarget, unitIdAfter, type PlanTask } from './apply';
import type { Operation } from './plan';
import { planReorganisation, type TreeUnit } from './resolve';

/** TU above communes A, B, C, D; ids are `#` and the code, so a mix-up of ids and codes shows. */
const units: TreeUnit[] = ['TU', 'DU-A', 'DU-B', 'DU-C', 'DU-D'].map((code) => ({
  id: `#${code}`,
  code,
  name: `Đơn vị ${code}`,
  kind: 'commune',
  parentId: code === 'TU' ? null : '#TU',
  active: true,
}));
const task = (id: string, lead: string, coordinating: string[] = [], issuing = 'TU'): PlanTask => ({
  id,
  leadUnitId: `#${lead}`,
  coordinatingUnitIds: coordinating.map((c) => `#${c}`),
  issuingUnitId: `#${issuing}`,
});
const splitTasks = (tasks: PlanTask[], code: string) =>
  tasks
    .filter((t) => [t.leadUnitId, t.issuingUnitId, ...t.coordinatingUnitIds].includes(`#${code}`))
    .map((t) => ({ id: t.id, unitId: `#${code}` }));
const apply = (tasks: PlanTask[], ...operations: Operation[]) => {
  const split = operations.flatMap((op) => (op.op === 'split' ? splitTasks(tasks, op.from) : []));
  const result = planReorganisation({ operations }, { units, users: [], splitTasks: split }, (c) => `#${c}`);
  expect(result.conflicts).toEqual([]);
  return applyPlanToTasks(result, tasks);
};
const short = (t: PlanTask) =>
  [t.leadUnitId, t.coordinatingUnitIds.join('+'), t.issuingUnitId].map((id) => id.replace(/#/g, '')).join(' | ');

describe('applyPlanToTasks: every role of an ended unit handed over where the plan sends it', () => {
  it.each<[string, PlanTask[], Operation[], string[]]>([
    [
      'a merge: two tasks of one directive stay two, each led by the successor',
      [task('t1', 'DU-A'), task('t2', 'DU-B', ['DU-C'])],
      [{ op: 'merge', from: ['DU-A', 'DU-B'], into: { code: 'DU-C' } }],
      ['DU-C |  | TU', 'DU-C |  | TU'],
    ],
    [
      'a merge into a new unit: lead, coordinator and assigning roles',
      [task('t1', 'DU-A', ['DU-B'], 'DU-D'), task('t2', 'DU-C', ['DU-A', 'DU-B'])],
      [
        {
          op: 'merge',
          from: ['DU-A', 'DU-B', 'DU-D'],
          into: { create: { code: 'N', name: 'N', kind: 'commune', parentCode: null } },
        },
      ],
      ['N |  | N', 'DU-C | N | TU'],
    ],
    [
      // Found by the property test: the part chosen for a split unit's task went to every ended unit's role in it.
      'a split unit leads, a merged unit coordinates: each role goes where its own operation sends it',
      [task('t1', 'DU-C', ['DU-A'])],
      [
        {
          op: 'split',
          from: 'DU-C',
          into: [{ code: 'DU-B' }, { code: 'DU-D' }],
          tasks: { t1: 'DU-D' },
          otherwise: 'DU-B',
        },
        { op: 'merge', from: ['DU-A', 'TU'], into: { code: 'TU' } },
      ],
      ['DU-D | TU | TU'],
    ],
    [
      'a task naming two split units: each role to a part of its own split',
      [task('t1', 'DU-A', ['DU-B'])],
      [
        { op: 'split', from: 'DU-A', into: [{ code: 'DU-C' }, { code: 'TU' }], tasks: { t1: 'DU-C' }, otherwise: 'TU' },
        { op: 'split', from: 'DU-B', into: [{ code: 'DU-D' }, { code: 'TU' }], tasks: { t1: 'DU-D' }, otherwise: 'TU' },
      ],
      ['DU-C | DU-D | TU'],
    ],
    [
      'an abolished level: the parent takes its roles; a coordinator that becomes the lead is folded',
      [task('t1', 'DU-A', ['TU'], 'TU')],
      [{ op: 'abolishLevel', units: ['DU-A'] }],
      ['TU |  | TU'],
    ],
    [
      'a move or a rename hands nothing over',
      [task('t1', 'DU-A')],
      [{ op: 'rename', unit: 'DU-A', name: 'x' }],
      ['DU-A |  | TU'],
    ],
  ])('%s', (_name, tasks, ops, expected) => {
    expect(apply(tasks, ...ops).tasks.map(short)).toEqual(expected);
  });

  it('lists the hand-overs the workflow sends, one per ended unit a task names, in order', () => {
    const { steps } = apply([task('t1', 'DU-A', ['DU-B'])], {
      op: 'merge',
      from: ['DU-A', 'DU-B'],
      into: { code: 'DU-C' },
    });
    expect(steps).toEqual([
      { taskId: 't1', fromUnitId: '#DU-A', toUnitId: '#DU-C', roles: ['lead'] },
      { taskId: 't1', fromUnitId: '#DU-B', toUnitId: '#DU-C', roles: ['coordinating'] },
    ]);
  });

  it('gives no target for a unit the plan does not end, and the stored id of a new unit', () => {
    const result = planReorganisation(
      {
        operations: [
          {
            op: 'merge',
            from: ['DU-A', 'DU-B'],
            into: { create: { code: 'N', name: 'N', kind: 'commune', parentCode: 'TU' } },
          },
        ],
      },
      { units, users: [], splitTasks: [] },
      () => 'id-of-N',
    );
    expect(taskHandOverTarget(result, 't1', '#DU-C')).toBeNull();
    expect(taskHandOverTarget(result, 't1', '#DU-A')).toBe('id-of-N');
    expect(unitIdAfter(result, 'N')).toBe('id-of-N');
  });

  it('gives the round steps the same moves: ended units to their carriers, split tasks to their parts', () => {
    const result = planReorganisation(
      {
        operations: [
          { op: 'merge', from: ['DU-A', 'DU-B'], into: { code: 'DU-D' } },
          { op: 'split', from: 'DU-C', into: [{ code: 'DU-D' }, { code: 'TU' }], tasks: { t1: 'TU' }, otherwise: null },
        ],
      },
      { units, users: [], splitTasks: [{ id: 't1', unitId: '#DU-C' }] },
      (c) => `#${c}`,
    );
    expect(result.conflicts).toEqual([]);
    expect(reorganisationMoves(result)).toEqual({
      moves: [
        { fromUnitId: '#DU-A', toUnitId: '#DU-D' },
        { fromUnitId: '#DU-B', toUnitId: '#DU-D' },
      ],
      taskMoves: [{ taskId: 't1', fromUnitId: '#DU-C', toUnitId: '#TU' }],
    });
  });
});
