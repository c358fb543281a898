import { KNOWN_OVERRIDES, vietnamCalendar } from './calendar';
import { extensionDeadlineProblem, subtaskDeadline, taskDeadline } from './deadlines';
import { renderText } from '@dondoc/i18n';

/** A message as it reads in both languages, joined for matching. */
const both = (text: Parameters<typeof renderText>[0]) => `${renderText(text, 'vi')} / ${renderText(text, 'en')}`;

const cal = vietnamCalendar([2026, 2027], KNOWN_OVERRIDES);
const now = new Date('2026-03-02T09:00:00+07:00');

describe('task deadlines (pure)', () => {
  it('counts working days from the issue date to the end of that day', () => {
    const result = taskDeadline({ deadlineWorkingDays: 5 }, 'tasks.0', '2026-03-02', cal, now);
    expect(result).toEqual({ ok: true, deadline: new Date('2026-03-09T17:00:00+07:00'), workingDays: 5 });
  });

  it('moves an absolute deadline off a day off', () => {
    const result = taskDeadline({ deadline: '2026-03-07T17:00:00+07:00' }, '', '2026-03-02', cal, now);
    expect(result.ok && result.deadline.toISOString()).toBe(new Date('2026-03-09T17:00:00+07:00').toISOString());
  });

  it.each([
    [{}, 'tasks.1.deadline', 'exactly one'],
    [{ deadline: '2026-04-01T17:00:00', deadlineWorkingDays: 2 }, 'tasks.1.deadline', 'exactly one'],
    [{ deadline: '2026-04-01T17:00:00' }, 'tasks.1.deadline', 'offset'],
    [{ deadline: '2026-02-27T17:00:00+07:00' }, 'tasks.1.deadline', 'future'],
  ])('refuses %j naming %s', (given, field, words) => {
    const result = taskDeadline(given, 'tasks.1', '2026-03-02', cal, now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.field).toBe(field);
      expect(both(result.problem.message)).toContain(words);
    }
  });

  it('refuses working days that end before now, naming deadlineWorkingDays', () => {
    const result = taskDeadline({ deadlineWorkingDays: 1 }, '', '2026-01-05', cal, now);
    expect(!result.ok && result.problem.field).toBe('deadlineWorkingDays');
  });

  it('gives a sub-task one working day less by default and refuses one after its parent', () => {
    const parent = new Date('2026-03-20T17:00:00+07:00');
    const byDefault = subtaskDeadline(undefined, 'subtasks.0', parent, cal, now);
    expect(byDefault.ok && byDefault.deadline.toISOString()).toBe(new Date('2026-03-19T17:00:00+07:00').toISOString());
    const late = subtaskDeadline('2026-03-21T17:00:00+07:00', 'subtasks.0', parent, cal, now);
    expect(!late.ok && late.problem.field).toBe('subtasks.0.deadline');
  });

  it('wants an extension with an offset, in the future', () => {
    expect(extensionDeadlineProblem('2026-04-01T17:00:00', now)?.field).toBe('deadline');
    expect(both(extensionDeadlineProblem('2026-01-01T17:00:00+07:00', now)!.message)).toContain('past');
    expect(extensionDeadlineProblem('2026-04-01T17:00:00+07:00', now)).toBeNull();
  });
});
