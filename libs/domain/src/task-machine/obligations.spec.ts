import { obligationsDue, stillAwaited } from './obligations';
import { initialTaskState, type Obligation, type TaskPhase, type TaskState } from './task-state';

const parties = { leadUnitId: 'lead', issuingUnitId: 'issuer' };
const DEADLINE = '2026-06-20T10:00:00.000Z';
const ACK = '2026-06-11T10:00:00.000Z';
const BEFORE = Date.parse('2026-06-10T00:00:00.000Z');
const AFTER = Date.parse('2026-06-21T00:00:00.000Z');
const fresh = initialTaskState(DEADLINE, ACK);

describe('task machine: obligations', () => {
  it.each<[Obligation, TaskPhase, boolean, boolean]>([
    ['ack', 'awaiting_ack', false, true],
    ['ack', 'under_review', true, false],
    ['report', 'awaiting_ack', false, true],
    ['report', 'in_progress', true, true],
    ['report', 'revising', true, false],
    ['revision', 'revising', true, true],
    ['revision', 'under_review', true, false],
    ['review', 'under_review', true, true],
    ['review', 'completed', true, false],
  ])('%s awaited in %s (acknowledged %s): %s', (obligation, phase, acknowledged, expected) => {
    expect(stillAwaited(obligation, phase, acknowledged)).toBe(expected);
  });

  it.each<[string, TaskState, number, [Obligation, string, string, string | null, boolean][]]>([
    [
      'new: acknowledgement and report',
      fresh,
      BEFORE,
      [
        ['ack', ACK, 'lead', 'issuer', false],
        ['report', DEADLINE, 'lead', 'issuer', true],
      ],
    ],
    ['new, past the deadline: the report ladder only', fresh, AFTER, [['report', DEADLINE, 'lead', 'issuer', true]]],
    [
      'in review: the issuer is awaited, up to the root',
      { ...fresh, phase: 'under_review', acknowledged: true, reviewDeadline: ACK },
      BEFORE,
      [['review', ACK, 'issuer', null, false]],
    ],
    [
      'revising',
      { ...fresh, phase: 'revising', acknowledged: true, revisionDeadline: ACK },
      BEFORE,
      [['revision', ACK, 'lead', 'issuer', true]],
    ],
    ['closed: nothing', { ...fresh, phase: 'cancelled' }, BEFORE, []],
  ])('%s', (_name, state, now, expected) => {
    expect(obligationsDue(state, parties, now)).toEqual(
      expected.map(([kind, dueAt, lateUnitId, chainTo, reminders]) => ({
        kind,
        dueAt,
        lateUnitId,
        chainTo,
        reminders,
      })),
    );
  });
});
