import { deadlineRangeProblem } from './deadline-range';

describe('deadlineRangeProblem', () => {
  it.each([
    ['2026-12-01', '2026-12-01', null],
    ['2026-11-30', '2027-01-10', null],
    ['2026-11-30', '2027-01-11', 'to: 43'],
    ['2026-12-02', '2026-12-01', 'to: 2026-12-01'],
    ['2026-12-28', '2027-01-03', null],
  ])('%s → %s: %s', (from, to, problem) => {
    const found = deadlineRangeProblem(from, to);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
