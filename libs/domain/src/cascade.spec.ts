import { KNOWN_OVERRIDES, vietnamCalendar } from './calendar';
import { defaultSubtaskDeadline, rollUpProgress, subtaskDeadlineProblem } from './cascade';

const cal = vietnamCalendar([2025, 2026, 2027], KNOWN_OVERRIDES);
const at = (iso: string) => new Date(iso);

describe('cascade: sub-task deadlines (pure)', () => {
  const early = at('2026-01-05T09:00:00+07:00');

  it.each([
    // parent deadline, expected default, why
    ['2026-03-20T17:00:00+07:00', '2026-03-19T17:00:00+07:00', 'Friday → Thursday'],
    ['2026-03-23T17:00:00+07:00', '2026-03-20T17:00:00+07:00', 'Monday → the Friday before'],
    [
      '2026-02-23T17:00:00+07:00',
      '2026-02-13T17:00:00+07:00',
      'Monday after Tết (16–20/2 off) → the Friday before Tết',
    ],
    [
      '2026-09-03T17:00:00+07:00',
      '2026-08-28T17:00:00+07:00',
      'Thursday after Quốc khánh (29/8–2/9 off, 9441/TB-BNV) → the Friday before',
    ],
    ['2026-03-20T10:30:00+07:00', '2026-03-19T10:30:00+07:00', 'keeps the time of day'],
  ])('parent due %s → sub-task due %s (%s)', (parent, expected) => {
    expect(defaultSubtaskDeadline(at(parent), cal, early).toISOString()).toBe(at(expected).toISOString());
  });

  it('two levels down keep one working day each', () => {
    const parent = at('2026-03-20T17:00:00+07:00');
    const child = defaultSubtaskDeadline(parent, cal, early);
    const grandchild = defaultSubtaskDeadline(child, cal, early);
    expect(grandchild.toISOString()).toBe(at('2026-03-18T17:00:00+07:00').toISOString());
  });

  it('falls back to the parent deadline when one working day earlier has already passed', () => {
    const parent = at('2026-03-20T17:00:00+07:00');
    const now = at('2026-03-19T18:00:00+07:00');
    expect(defaultSubtaskDeadline(parent, cal, now)).toEqual(parent);
  });

  it.each([
    ['2026-03-19T17:00:00+07:00', null],
    ['2026-03-20T17:00:00+07:00', null],
    ['2026-03-20T17:01:00+07:00', 'after_parent'],
    ['2026-01-04T17:00:00+07:00', 'in_past'],
  ])('a chosen deadline %s → %s', (deadline, problem) => {
    expect(subtaskDeadlineProblem(at(deadline), at('2026-03-20T17:00:00+07:00'), early)).toBe(problem);
  });
});

describe('cascade: progress rolls up the tree (pure)', () => {
  const node = (id: string, parentId: string | null, status: string) => ({ id, parentId, status });

  it('averages live sub-tasks level by level; cancelled ones do not count', () => {
    const progress = rollUpProgress([
      node('root', null, 'assigned'),
      node('a', 'root', 'completed'),
      node('b', 'root', 'assigned'),
      node('c', 'root', 'cancelled'),
      node('b1', 'b', 'completed'),
      node('b2', 'b', 'overdue'),
    ]);
    expect(progress.get('b')).toEqual({ ratio: 0.5, subtasks: { total: 2, completed: 1, open: 1, cancelled: 0 } });
    expect(progress.get('root')).toEqual({
      ratio: 0.75,
      subtasks: { total: 3, completed: 1, open: 1, cancelled: 1 },
    });
    expect(progress.get('a')?.ratio).toBe(1);
    expect(progress.get('b2')?.ratio).toBe(0);
  });

  it('an open task whose sub-tasks are all done is not done until its own report is accepted', () => {
    const progress = rollUpProgress([node('p', null, 'assigned'), node('s', 'p', 'completed')]);
    expect(progress.get('p')?.ratio).toBe(0.99);
  });

  it('refuses a cycle instead of looping', () => {
    expect(() => rollUpProgress([node('x', 'y', 'assigned'), node('y', 'x', 'assigned')])).toThrow(/cycle/);
  });
});
