import { msg } from '../errors';
import { deadlineRangeProblem } from './deadline-range';

describe('deadlineRangeProblem', () => {
  it.each([
    ['2026-12-01', '2026-12-01', null],
    ['2026-11-30', '2027-01-10', null],
    ['2026-11-30', '2027-01-11', msg('calendar.rangeTooLong', { days: 43, max: 42 })],
    ['2026-12-02', '2026-12-01', msg('calendar.rangeEndsBeforeStart', { from: '2026-12-02', to: '2026-12-01' })],
    ['2026-12-28', '2027-01-03', null],
  ])('%s → %s: %s', (from, to, problem) => {
    const found = deadlineRangeProblem(from, to);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toEqual(problem);
  });
});
