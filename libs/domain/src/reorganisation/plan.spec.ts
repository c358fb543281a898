import { renderText } from '@dondoc/i18n';
import type { FieldProblem } from '../errors';
import { parsePlan } from './plan';
import { planFromCsv } from './plan-csv';
import { roundOutcomes, type RoundObligation, type RoundOutcome } from './rounds';

const en = (problems: FieldProblem[]) => problems.map((p) => [p.field, renderText(p.message, 'en')]);
const T1 = '11111111-1111-4111-8111-111111111111';

describe('parsePlan (JSON)', () => {
  it('reads every operation, codes upper case, names with single spaces', () => {
    const { plan, problems } = parsePlan({
      operations: [
        {
          op: 'merge',
          from: ['du-iagrai', 'DU-CHUSE'],
          into: { code: 'du-moi', name: 'Đảng ủy  xã Ia Grai', kind: 'commune', parentCode: 'tu-gl' },
        },
        { op: 'split', from: 'DU-X', into: ['DU-Y', 'DU-Z'], tasks: { [T1]: 'du-y' }, otherwise: 'DU-Z' },
        { op: 'move', unit: 'MTTQ-X', parent: 'DU-Y' },
        { op: 'abolishLevel', units: ['MTTQ-A'] },
        { op: 'rename', unit: 'DU-Y', name: 'Đảng ủy xã Chư Sê' },
        { op: 'moveUsers', users: ['BiThu.X'], to: 'DU-Y' },
      ],
    });
    expect(problems).toEqual([]);
    expect(plan!.operations).toEqual([
      {
        op: 'merge',
        from: ['DU-IAGRAI', 'DU-CHUSE'],
        into: { create: { code: 'DU-MOI', name: 'Đảng ủy xã Ia Grai', kind: 'commune', parentCode: 'TU-GL' } },
      },
      {
        op: 'split',
        from: 'DU-X',
        into: [{ code: 'DU-Y' }, { code: 'DU-Z' }],
        tasks: { [T1]: 'DU-Y' },
        otherwise: 'DU-Z',
      },
      { op: 'move', unit: 'MTTQ-X', parent: 'DU-Y' },
      { op: 'abolishLevel', units: ['MTTQ-A'] },
      { op: 'rename', unit: 'DU-Y', name: 'Đảng ủy xã Chư Sê' },
      { op: 'moveUsers', users: ['bithu.x'], to: 'DU-Y' },
    ]);
  });

  it.each<[string, unknown, [string, string][]]>([
    ['no operations', {}, [['operations', 'at least one operation is expected (at most 5,000)']]],
    [
      'an unknown op',
      { operations: [{ op: 'dissolve' }] },
      [['operations[0].op', 'the operation must be one of: merge, split, move, abolishLevel, rename, moveUsers']],
    ],
    [
      'a merge of one',
      { operations: [{ op: 'merge', from: ['A'], into: 'B' }] },
      [['operations[0].from', 'a list of at least 2 unit codes is expected']],
    ],
    [
      'a bad code and a new unit without a kind',
      { operations: [{ op: 'merge', from: ['A', 'B C'], into: { code: 'N', name: 'Mới' } }] },
      [
        ['operations[0].from[1]', 'a unit code is expected (letters, digits, - _ .)'],
        [
          'operations[0].into.kind',
          'must be one of: party_committee, advisory_board, fatherland_front, mass_organisation, armed_force, state_agency, commune, other',
        ],
      ],
    ],
    [
      'a split task that is not an id',
      { operations: [{ op: 'split', from: 'A', into: ['B', 'C'], tasks: { x: 'B' } }] },
      [['operations[0].tasks.x', 'a task id (UUID) is expected, or * for every other task']],
    ],
  ])('refuses %s, naming the field', (_name, body, expected) => {
    const { plan, problems } = parsePlan(body);
    expect(plan).toBeNull();
    expect(en(problems)).toEqual(expected);
  });
});

describe('planFromCsv (one line per change)', () => {
  const records = (text: string) =>
    text.split('\n').flatMap((line, i) => (line.trim() ? [{ line: i + 1, fields: line.split(',') }] : []));

  it('joins the lines of one merge and one split, keeps Vietnamese names, in the file’s order', () => {
    const { plan, problems } = planFromCsv(
      records(
        [
          'operation,unit,target,name,kind,parent,task,user',
          'merge,DU-IAGRAI,DU-MOI,Đảng ủy xã Ia Grai,commune,TU-GL,,',
          'merge,DU-CHUSE,DU-MOI,,,,,',
          'split,DU-X,DU-Y,,,,' + T1 + ',',
          'split,DU-X,DU-Z,,,,*,',
          'abolish,MTTQ-A,,,,,,',
          'abolish,MTTQ-B,,,,,,',
          'move,HND-A,,,,DU-Y,,',
          'rename,DU-Y,,Đảng ủy xã Chư Sê,,,,',
          'user,,DU-Y,,,,,BiThu.X',
        ].join('\n'),
      ),
    );
    expect(problems).toEqual([]);
    expect(plan!.operations).toEqual([
      {
        op: 'merge',
        from: ['DU-IAGRAI', 'DU-CHUSE'],
        into: { create: { code: 'DU-MOI', name: 'Đảng ủy xã Ia Grai', kind: 'commune', parentCode: 'TU-GL' } },
      },
      {
        op: 'split',
        from: 'DU-X',
        into: [{ code: 'DU-Y' }, { code: 'DU-Z' }],
        tasks: { [T1]: 'DU-Y' },
        otherwise: 'DU-Z',
      },
      { op: 'abolishLevel', units: ['MTTQ-A', 'MTTQ-B'] },
      { op: 'move', unit: 'HND-A', parent: 'DU-Y' },
      { op: 'rename', unit: 'DU-Y', name: 'Đảng ủy xã Chư Sê' },
      { op: 'moveUsers', users: ['bithu.x'], to: 'DU-Y' },
    ]);
  });

  it.each<[string, string, [string, string][]]>([
    ['a header without target', 'operation,unit\nmerge,A', [['line 1', 'line 1: the header lacks target']]],
    [
      'an unknown operation and a bad code, each naming its line and column',
      'operation,unit,target\nmerge,A,N\nmerge,B,N\n\ngộp,C,N\nmove,D D,',
      [
        [
          'line 5: operation',
          'line 5, column operation: the operation must be one of: merge, split, move, abolish, rename, user',
        ],
        ['line 6: unit', 'line 6, column unit: a unit code is expected (letters, digits, - _ .)'],
        ['line 6: parent', 'line 6, column parent: required'],
      ],
    ],
    ['a merge of one line', 'operation,unit,target\nmerge,A,N', [['body', 'a merge into N needs at least two units']]],
  ])('refuses %s', (_name, text, expected) => {
    const { plan, problems } = planFromCsv(records(text));
    expect(plan).toBeNull();
    expect(en(problems)).toEqual(expected);
  });
});

describe('roundOutcomes: merged units owing the same round', () => {
  const row = (
    taskId: string,
    phase: RoundObligation['phase'],
    successorCode: string | null,
    more: Partial<RoundObligation> = {},
  ): RoundObligation => ({
    roundId: 'R1',
    unitId: `u-${taskId}`,
    taskId,
    phase,
    successorCode,
    ...more,
  });
  it.each<[string, RoundObligation[], [string, RoundOutcome, string | null][]]>([
    ['one predecessor: handed over', [row('a', 'in_progress', 'N')], [['a', 'moves', null]]],
    [
      'three open: the successor owes it once',
      [row('c', 'awaiting_ack', 'N'), row('a', 'in_progress', 'N'), row('b', 'revising', 'N')],
      [
        ['a', 'kept', null],
        ['b', 'merged', 'a'],
        ['c', 'merged', 'a'],
      ],
    ],
    [
      'a report already given satisfies the others',
      [row('a', 'in_progress', 'N'), row('b', 'under_review', 'N'), row('c', 'awaiting_ack', 'N')],
      [
        ['a', 'satisfied', 'b'],
        ['b', 'given', null],
        ['c', 'satisfied', 'b'],
      ],
    ],
    [
      'an existing successor that already owed it keeps its own',
      [row('a', 'in_progress', 'N'), row('z', 'in_progress', 'N', { isSuccessorOwn: true })],
      [
        ['z', 'kept', null],
        ['a', 'merged', 'z'],
      ],
    ],
    [
      'other rounds and other successors stay apart; cancelled ones are left out',
      [
        row('a', 'in_progress', 'N'),
        row('b', 'in_progress', 'M'),
        row('c', 'in_progress', 'N', { roundId: 'R2' }),
        row('d', 'cancelled', 'N'),
      ],
      [
        ['a', 'moves', null],
        ['b', 'moves', null],
        ['c', 'moves', null],
      ],
    ],
    [
      'a split unit without a rule: it stays (a conflict elsewhere)',
      [row('a', 'in_progress', null)],
      [['a', 'stays', null]],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(roundOutcomes(rows).map((o) => [o.row.taskId, o.outcome, o.keptTaskId])).toEqual(expected);
  });
});
