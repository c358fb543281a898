import { renderText } from '@dondoc/i18n';
import type { Operation } from './plan';
import { planReorganisation, type ConflictKind, type PlanUser, type TreeUnit } from './resolve';

/**
 * A small province: TU at the top; communes A, B, C, D; A and B with a Front and,
 * under A's Front, a Farmers' Association. Codes are ids, so paths read as codes.
 */
const tree: [code: string, parent: string | null, active?: boolean][] = [
  ['TU', null],
  ['DU-A', 'TU'],
  ['MTTQ-A', 'DU-A'],
  ['HND-A', 'MTTQ-A'],
  ['DU-B', 'TU'],
  ['MTTQ-B', 'DU-B'],
  ['DU-C', 'TU'],
  ['DU-D', 'TU'],
  ['DU-OLD', 'TU', false],
];
const units: TreeUnit[] = tree.map(([code, parent, active]) => ({
  id: code,
  code,
  name: `Đơn vị ${code}`,
  kind: 'commune',
  parentId: parent,
  active: active ?? true,
}));
const user = (username: string, unitId: string): PlanUser => ({ id: username, username, unitId, active: true });
const users = [user('bithu.a', 'DU-A'), user('bithu.b', 'DU-B'), user('bithu.c', 'DU-C'), user('mttq.a', 'MTTQ-A')];
const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const splitTasks = [
  { id: T1, unitId: 'DU-C' },
  { id: T2, unitId: 'DU-C' },
];
const newId = (code: string) => `id-${code}`;
const run = (...operations: Operation[]) => planReorganisation({ operations }, { units, users, splitTasks }, newId);
const newCommune = (code: string, parentCode: string | null = null) => ({
  create: { code, name: `Đảng ủy ${code}`, kind: 'commune' as const, parentCode },
});
const changes = (ops: Operation[]) =>
  Object.fromEntries(run(...ops).units.map((u) => [u.code, [u.reasons.join('+'), u.pathAfter, u.successorCode]]));

describe('planReorganisation: the tree after the plan', () => {
  it.each<[string, Operation[], Record<string, [string, string, string | null]>]>([
    [
      'merge three communes into a new one: children under the successor, the three ended',
      [{ op: 'merge', from: ['DU-A', 'DU-B', 'DU-C'], into: newCommune('DU-ABC') }],
      {
        'DU-A': ['merged', '/TU/DU-A/', 'DU-ABC'],
        'DU-B': ['merged', '/TU/DU-B/', 'DU-ABC'],
        'DU-C': ['merged', '/TU/DU-C/', 'DU-ABC'],
        'DU-ABC': ['created', '/TU/DU-ABC/', null],
        'MTTQ-A': ['reparented', '/TU/DU-ABC/MTTQ-A/', null],
        'HND-A': ['path', '/TU/DU-ABC/MTTQ-A/HND-A/', null],
        'MTTQ-B': ['reparented', '/TU/DU-ABC/MTTQ-B/', null],
      },
    ],
    [
      'merge into an existing unit listed among the merged: it stays and absorbs',
      [{ op: 'merge', from: ['DU-A', 'DU-B'], into: { code: 'DU-A' } }],
      {
        'DU-B': ['merged', '/TU/DU-B/', 'DU-A'],
        'MTTQ-B': ['reparented', '/TU/DU-A/MTTQ-B/', null],
      },
    ],
    [
      'abolish a level: the Fronts go, their children move up to the commune',
      [{ op: 'abolishLevel', units: ['MTTQ-A', 'MTTQ-B'] }],
      {
        'MTTQ-A': ['abolished', '/TU/DU-A/MTTQ-A/', 'DU-A'],
        'MTTQ-B': ['abolished', '/TU/DU-B/MTTQ-B/', 'DU-B'],
        'HND-A': ['reparented', '/TU/DU-A/HND-A/', null],
      },
    ],
    [
      'abolish two levels at once: the grandchild climbs to the first active ancestor',
      [{ op: 'abolishLevel', units: ['DU-A', 'MTTQ-A'] }],
      {
        'DU-A': ['abolished', '/TU/DU-A/', 'TU'],
        'MTTQ-A': ['abolished', '/TU/DU-A/MTTQ-A/', 'TU'],
        'HND-A': ['reparented', '/TU/HND-A/', null],
      },
    ],
    [
      'move a unit with its subtree, and rename another',
      [
        { op: 'move', unit: 'MTTQ-A', parent: 'DU-D' },
        { op: 'rename', unit: 'DU-D', name: 'Đảng ủy xã Đak Đoa' },
      ],
      {
        'MTTQ-A': ['moved', '/TU/DU-D/MTTQ-A/', null],
        'HND-A': ['path', '/TU/DU-D/MTTQ-A/HND-A/', null],
        'DU-D': ['renamed', '/TU/DU-D/', null],
      },
    ],
    [
      'split into two new parts with a rule: the children go with the rule',
      [
        {
          op: 'split',
          from: 'DU-B',
          into: [newCommune('DU-B1', 'TU'), newCommune('DU-B2', 'TU')],
          tasks: {},
          otherwise: 'DU-B2',
        },
      ],
      {
        'DU-B': ['split', '/TU/DU-B/', 'DU-B2'],
        'DU-B1': ['created', '/TU/DU-B1/', null],
        'DU-B2': ['created', '/TU/DU-B2/', null],
        'MTTQ-B': ['reparented', '/TU/DU-B2/MTTQ-B/', null],
      },
    ],
  ])('%s', (_name, ops, expected) => {
    expect(changes(ops)).toEqual(expected);
    expect(run(...ops).conflicts).toEqual([]);
  });

  it('computes the stored (id) paths of the new tree, new units with the given ids', () => {
    const { paths } = run({ op: 'merge', from: ['DU-A', 'DU-B'], into: newCommune('DU-AB') });
    expect(paths.get('HND-A')).toBe('/TU/id-DU-AB/MTTQ-A/HND-A/');
    expect(paths.get('DU-AB')).toBe('/TU/id-DU-AB/');
  });

  it('moves users with their merged unit, or to the unit the plan names', () => {
    const { userMoves } = run(
      { op: 'merge', from: ['DU-A', 'DU-B'], into: { code: 'DU-C' } },
      { op: 'moveUsers', users: ['bithu.b'], to: 'DU-D' },
    );
    expect(Object.fromEntries(userMoves)).toEqual({ 'bithu.a': 'DU-C', 'bithu.b': 'DU-D' });
  });

  it('gives each split task the successor the plan names, or the rule', () => {
    const { splitTaskSuccessors, conflicts } = run({
      op: 'split',
      from: 'DU-C',
      into: [{ code: 'DU-A' }, { code: 'DU-B' }],
      tasks: { [T1]: 'DU-A' },
      otherwise: 'DU-B',
    });
    expect(conflicts).toEqual([]);
    expect(Object.fromEntries(splitTaskSuccessors.get('DU-C')!)).toEqual({ [T1]: 'DU-A', [T2]: 'DU-B' });
  });
});

describe('planReorganisation: conflicts', () => {
  const kinds = (...ops: Operation[]) =>
    run(...ops).conflicts.map((c) => [c.kind, c.field, c.subjects.join(','), renderText(c.message, 'en')]);
  it.each<[string, Operation[], [ConflictKind, string, string, string][]]>([
    [
      'a cycle: a commune moved under its own Front',
      [{ op: 'move', unit: 'DU-A', parent: 'HND-A' }],
      [
        [
          'cycle',
          'operations[0].unit',
          'DU-A,HND-A,MTTQ-A',
          'this makes a cycle in the unit tree: DU-A → HND-A → MTTQ-A',
        ],
      ],
    ],
    [
      'a unit in two operations',
      [
        { op: 'merge', from: ['DU-A', 'DU-B'], into: { code: 'DU-C' } },
        { op: 'rename', unit: 'DU-B', name: 'x' },
      ],
      [
        [
          'twoOperations',
          'operations[1].unit',
          'DU-B',
          'unit DU-B is already in another operation (operations[0].from[1])',
        ],
      ],
    ],
    [
      'a target that another operation ends',
      [
        { op: 'merge', from: ['DU-A', 'DU-B'], into: { code: 'DU-C' } },
        { op: 'abolishLevel', units: ['DU-C'] },
      ],
      [
        [
          'twoOperations',
          'operations[0].into',
          'DU-C',
          'unit DU-C ends under operations[1].units[0] and cannot receive anything',
        ],
      ],
    ],
    [
      'an unknown code and a deactivated unit',
      [{ op: 'merge', from: ['DU-X', 'DU-OLD'], into: { code: 'DU-C' } }],
      [
        ['unknownUnit', 'operations[0].from[0]', 'DU-X', 'no unit has the code DU-X'],
        ['inactiveUnit', 'operations[0].from[1]', 'DU-OLD', 'unit DU-OLD is deactivated'],
      ],
    ],
    [
      'a new unit whose code is taken',
      [{ op: 'merge', from: ['DU-A', 'DU-B'], into: newCommune('DU-C') }],
      [['codeTaken', 'operations[0].into.code', 'DU-C', 'the code DU-C is already taken']],
    ],
    [
      'a split without successors: each open task and each user listed',
      [{ op: 'split', from: 'DU-C', into: [{ code: 'DU-A' }, { code: 'DU-B' }], tasks: {}, otherwise: null }],
      [
        [
          'userWithoutUnit',
          'operations[0].from',
          'bithu.c',
          'user bithu.c of DU-C would be left without an active unit',
        ],
        ['taskWithoutSuccessor', 'operations[0].tasks', T1, `no successor chosen for task ${T1} of DU-C`],
        ['taskWithoutSuccessor', 'operations[0].tasks', T2, `no successor chosen for task ${T2} of DU-C`],
      ],
    ],
    [
      'a split naming a task it does not hold, and a successor that is not a part',
      [
        {
          op: 'split',
          from: 'DU-C',
          into: [{ code: 'DU-A' }, { code: 'DU-B' }],
          tasks: { [T1]: 'DU-D', '33333333-3333-4333-8333-333333333333': 'DU-A' },
          otherwise: 'DU-A',
        },
      ],
      [
        ['unknownUnit', `operations[0].tasks.${T1}`, 'DU-D', "DU-D is not one of the split's parts"],
        [
          'unknownTask',
          'operations[0].tasks.33333333-3333-4333-8333-333333333333',
          '33333333-3333-4333-8333-333333333333',
          'task 33333333-3333-4333-8333-333333333333 is not an open task of DU-C',
        ],
      ],
    ],
    [
      // Found by the property test (invariants.spec.ts): the root's children became roots, its tasks had nowhere to go.
      'the root abolished: nothing takes its place',
      [{ op: 'abolishLevel', units: ['TU'] }],
      [
        [
          'noSuccessor',
          'operations[0].units[0]',
          'TU',
          'unit TU ends and nothing takes its place: its children and obligations would have nowhere to go (name a successor or a parent)',
        ],
      ],
    ],
    [
      'an unknown user to move',
      [{ op: 'moveUsers', users: ['nobody'], to: 'DU-A' }],
      [['unknownUser', 'operations[0].users', 'nobody', 'no user nobody']],
    ],
  ])('%s', (_name, ops, expected) => {
    expect(kinds(...ops)).toEqual(expected);
  });
});
