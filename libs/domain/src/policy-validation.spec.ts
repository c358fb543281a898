import { isIsoDuration, MAX_DURATION_LENGTH } from './policy';
import { offsetProblems, taskPolicyProblems } from './policy-validation';

describe('offsets and a task’s policies', () => {
  it.each<[string, boolean]>([
    ['P2D', true],
    ['PT30M', true],
    ['P1DT2H', true],
    ['P', false],
    ['PT', false],
    ['', false],
    ['2D', false],
    // What the fuzzer sent: a duration by the grammar, longer than the API's schema allows.
    [`PT${'0'.repeat(MAX_DURATION_LENGTH)}S`, false],
  ])('reads %j as a duration: %s', (text, ok) => {
    expect(isIsoDuration(text)).toBe(ok);
  });

  it('names the field of a bad offset', () => {
    expect(offsetProblems({ duration: '' }, 'tasks.0.revisionPeriod').map((p) => p.field)).toEqual([
      'tasks.0.revisionPeriod.duration',
    ]);
    expect(offsetProblems({ workingDays: 61 }, 'x').map((p) => p.field)).toEqual(['x.workingDays']);
    expect(offsetProblems({ workingDays: 2 }, 'x')).toEqual([]);
  });

  it('checks each policy a task carries, and nothing it does not', () => {
    expect(taskPolicyProblems({}, 'tasks.0')).toEqual([]);
    const fields = taskPolicyProblems(
      { reviewPeriod: { duration: 'soon' }, revisionPeriod: { workingDays: -1 }, reminderPolicy: 'often' },
      'expansion.task',
    ).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'expansion.task.reviewPeriod.duration',
        'expansion.task.revisionPeriod.workingDays',
        expect.stringMatching(/^expansion\.task\.reminderPolicy/),
      ]),
    );
  });
});
