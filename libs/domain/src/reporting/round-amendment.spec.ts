import { amendedLevels, roundDeadlineProblems, type RoundLevelDeadline } from './round-amendment';
import { renderText } from '@dondoc/i18n';

/** A message as it reads in both languages, joined for matching. */
const both = (text: Parameters<typeof renderText>[0]) => `${renderText(text, 'vi')} / ${renderText(text, 'en')}`;

// A round of seed 003: communes' Fronts due on the 17th, the commune committees that consolidate them on the 19th.
const NOW = Date.parse('2026-12-15T02:00:00Z');
const LEVELS: RoundLevelDeadline[] = [
  { level: 'xã', deadline: '2026-12-17T10:00:00.000Z' },
  { level: 'tổng hợp', deadline: '2026-12-19T10:00:00.000Z' },
];

describe('amending a round’s deadlines (pure)', () => {
  it.each<[string, RoundLevelDeadline[], string[]]>([
    [
      'a later commune deadline, still before the consolidating level',
      [{ level: 'xã', deadline: '2026-12-18T10:00:00Z' }],
      [],
    ],
    [
      'both levels later, in order',
      [
        { level: 'xã', deadline: '2026-12-21T10:00:00Z' },
        { level: 'tổng hợp', deadline: '2026-12-23T10:00:00Z' },
      ],
      [],
    ],
    ['an earlier deadline, still in the future', [{ level: 'xã', deadline: '2026-12-16T10:00:00Z' }], []],
    [
      'the same day for both levels (allowed: equal, not after)',
      [{ level: 'xã', deadline: '2026-12-19T10:00:00Z' }],
      [],
    ],
    ['nothing asked', [], ['deadlines']],
    ['a level the round does not have', [{ level: 'huyện', deadline: '2026-12-18T10:00:00Z' }], ['deadlines.0.level']],
    [
      'a level given twice',
      [
        { level: 'xã', deadline: '2026-12-18T10:00:00Z' },
        { level: 'xã', deadline: '2026-12-18T11:00:00Z' },
      ],
      ['deadlines.1.level'],
    ],
    ['a deadline that is not an instant', [{ level: 'xã', deadline: 'next week' }], ['deadlines.0.deadline']],
    ['a deadline already past', [{ level: 'xã', deadline: '2026-12-14T10:00:00Z' }], ['deadlines.0.deadline']],
    ['the current deadline again', [{ level: 'xã', deadline: '2026-12-17T17:00:00+07:00' }], ['deadlines.0.deadline']],
    [
      'communes due after the body that consolidates them',
      [{ level: 'xã', deadline: '2026-12-20T10:00:00Z' }],
      ['deadlines.0.deadline'],
    ],
    [
      'the consolidating level moved before the communes',
      [{ level: 'tổng hợp', deadline: '2026-12-16T10:00:00Z' }],
      ['deadlines.0.deadline'],
    ],
  ])('%s', (_what, changes, fields) => {
    expect(roundDeadlineProblems(LEVELS, changes, NOW).map((p) => p.field)).toEqual(fields);
  });

  it('names the levels the round has when one is unknown', () => {
    const [problem] = roundDeadlineProblems(LEVELS, [{ level: 'huyện', deadline: '2026-12-18T10:00:00Z' }], NOW);
    expect(both(problem!.message)).toContain('xã, tổng hợp');
  });

  it('applies the changes in the round’s order, as instants', () => {
    expect(amendedLevels(LEVELS, [{ level: 'tổng hợp', deadline: '2026-12-22T17:00:00+07:00' }])).toEqual([
      LEVELS[0],
      { level: 'tổng hợp', deadline: '2026-12-22T10:00:00.000Z' },
    ]);
  });
});
