import { cycleUnitsAfterMoves, type CycleUnitRole, type CycleUnits } from './cycles';

const moves = [
  { fromUnitId: 'a', toUnitId: 'n' },
  { fromUnitId: 'b', toUnitId: 'n' },
  { fromUnitId: 'x', toUnitId: 'p' },
];
const cycle = (more: Partial<CycleUnits>): CycleUnits => ({
  issuingUnitId: 'tu',
  consolidatingUnitId: null,
  recipients: {},
  ...more,
});

describe('cycleUnitsAfterMoves: a cycle naming ended units names their successors', () => {
  it.each<[string, CycleUnits, CycleUnits, CycleUnitRole[]]>([
    [
      'names no ended unit: unchanged',
      cycle({ recipients: { units: ['c'] } }),
      cycle({ recipients: { units: ['c'] } }),
      [],
    ],
    ['the issuer', cycle({ issuingUnitId: 'x' }), cycle({ issuingUnitId: 'p' }), ['issuer']],
    [
      'the consolidating unit',
      cycle({ consolidatingUnitId: 'a' }),
      cycle({ consolidatingUnitId: 'n' }),
      ['consolidating'],
    ],
    [
      'two merged recipients: their successor once, in the first one’s place',
      cycle({ recipients: { units: ['a', 'c', 'b'] } }),
      cycle({ recipients: { units: ['n', 'c'] } }),
      ['recipient'],
    ],
    [
      'subtree roots, folded when they coincide with the same kinds',
      cycle({
        recipients: {
          subtrees: [
            { rootUnitId: 'a', kinds: ['commune'] },
            { rootUnitId: 'b', kinds: ['commune'] },
            { rootUnitId: 'b' },
          ],
        },
      }),
      cycle({ recipients: { subtrees: [{ rootUnitId: 'n', kinds: ['commune'] }, { rootUnitId: 'n' }] } }),
      ['subtreeRoot'],
    ],
  ])('%s', (_name, before, after, roles) => {
    expect(cycleUnitsAfterMoves(before, moves)).toEqual({ units: after, roles });
    // Asked again, nothing more changes.
    expect(cycleUnitsAfterMoves(after, moves).roles).toEqual([]);
  });
});
