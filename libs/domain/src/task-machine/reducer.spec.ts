import type { TaskStatus } from '../directive';
import { applyTaskEvent, applyToRecord, nextPhase, nextStatus, reopenedIfLater, type TaskRecord } from './reducer';
import { initialTaskState, type TaskEvent, type TaskPhase } from './task-state';

const NOW = new Date('2026-06-10T03:00:00.000Z');
const EARLIER = '2026-06-09T10:00:00.000Z';
const LATER = '2026-06-20T10:00:00.000Z';

const report: TaskEvent = {
  type: 'report',
  reportId: 'r1',
  version: 1,
  text: 'Đã xong',
  indicatorValues: [],
  attachments: [],
  at: '2026-06-10T02:00:00.000Z',
  late: false,
  reviewDeadline: '2026-06-12T10:00:00.000Z',
};
const review = (outcome: 'accepted' | 'returned'): TaskEvent => ({
  type: 'review',
  reportId: 'r1',
  outcome,
  comment: outcome === 'returned' ? 'Bổ sung số liệu' : null,
  at: '2026-06-11T02:00:00.000Z',
  revisionDeadline: outcome === 'returned' ? '2026-06-15T10:00:00.000Z' : null,
  completedAt: outcome === 'accepted' ? report.at : null,
});
const decided = (approved: boolean, deadline: string | null = LATER): TaskEvent => ({
  type: 'extension_decided',
  requestId: 'x1',
  approved,
  comment: null,
  at: NOW.toISOString(),
  deadline: approved ? deadline : null,
});

describe('task machine: phase transitions', () => {
  it.each<[TaskPhase, TaskEvent, TaskPhase]>([
    ['awaiting_ack', { type: 'acknowledged', at: EARLIER }, 'in_progress'],
    ['revising', { type: 'acknowledged', at: EARLIER }, 'revising'],
    ['awaiting_ack', report, 'under_review'],
    ['revising', report, 'under_review'],
    ['under_review', review('accepted'), 'completed'],
    ['under_review', review('returned'), 'revising'],
    ['in_progress', { type: 'cancelled', reason: 'x' }, 'cancelled'],
    ['in_progress', { type: 'overdue', obligation: 'report' }, 'in_progress'],
    ['in_progress', { type: 'deadline_changed', deadline: LATER }, 'in_progress'],
    ['awaiting_ack', { type: 'assigned' }, 'awaiting_ack'],
  ])('%s + %o → %s', (phase, event, expected) => {
    expect(nextPhase(phase, event)).toBe(expected);
  });
});

describe('task machine: status of the read model', () => {
  it.each<[TaskStatus, TaskEvent, string, TaskStatus, string]>([
    ['assigned', { type: 'overdue', obligation: 'report' }, EARLIER, 'overdue', 'the deadline passed'],
    ['completed', { type: 'overdue', obligation: 'report' }, EARLIER, 'completed', 'closed stays closed'],
    ['overdue', { type: 'deadline_changed', deadline: LATER }, LATER, 'assigned', 'moved later: open again'],
    ['overdue', { type: 'deadline_changed', deadline: EARLIER }, EARLIER, 'overdue', 'still past: still overdue'],
    ['overdue', decided(true), LATER, 'assigned', 'extension approved: open again'],
    ['overdue', decided(false), EARLIER, 'overdue', 'extension rejected'],
    ['assigned', review('accepted'), EARLIER, 'completed', 'accepted report'],
    ['overdue', review('returned'), EARLIER, 'overdue', 'returned report'],
    ['overdue', { type: 'cancelled', reason: 'x' }, EARLIER, 'cancelled', 'cancelled'],
  ])('%s + %o (deadline %s) → %s: %s', (status, event, deadline, expected) => {
    expect(nextStatus(status, event, new Date(deadline), NOW)).toBe(expected);
  });

  it('reopens only an overdue task, only for a deadline after now', () => {
    expect(reopenedIfLater('overdue', new Date(LATER), NOW)).toBe('assigned');
    expect(reopenedIfLater('overdue', NOW, NOW)).toBe('overdue');
    expect(reopenedIfLater('completed', new Date(LATER), NOW)).toBe('completed');
  });
});

describe('task machine: the workflow state', () => {
  const fresh = initialTaskState(EARLIER, EARLIER);

  it('a report acknowledges, opens the review and remembers the version', () => {
    const s = applyTaskEvent(fresh, report);
    expect(s).toMatchObject({
      phase: 'under_review',
      acknowledged: true,
      reportVersion: 1,
      currentReportId: 'r1',
      reviewDeadline: report.type === 'report' && report.reviewDeadline,
      revisionDeadline: null,
      lastSubmittedAt: report.type === 'report' && report.at,
    });
    expect(fresh.phase).toBe('awaiting_ack');
  });

  it('a returned report sets the revision deadline; an accepted one completes', () => {
    const inReview = applyTaskEvent(fresh, report);
    expect(applyTaskEvent(inReview, review('returned'))).toMatchObject({
      phase: 'revising',
      reviewDeadline: null,
      revisionDeadline: '2026-06-15T10:00:00.000Z',
    });
    expect(applyTaskEvent(inReview, review('accepted'))).toMatchObject({ phase: 'completed', reviewDeadline: null });
  });

  it('an approved extension moves the deadline, and a revision under way with it', () => {
    const pending = applyTaskEvent(fresh, {
      type: 'extension_requested',
      requestId: 'x1',
      deadline: LATER,
      reason: 'Chờ số liệu',
      at: EARLIER,
    });
    expect(pending.pendingExtension).toEqual({ requestId: 'x1', deadline: LATER, reason: 'Chờ số liệu' });
    expect(applyTaskEvent(pending, decided(true))).toMatchObject({ pendingExtension: null, deadline: LATER });
    expect(applyTaskEvent(pending, decided(false))).toMatchObject({ pendingExtension: null, deadline: EARLIER });
    const revising = { ...pending, phase: 'revising' as const, revisionDeadline: EARLIER };
    expect(applyTaskEvent(revising, decided(true)).revisionDeadline).toBe(LATER);
  });

  it.each<[TaskEvent, Partial<typeof fresh>]>([
    [
      { type: 'acknowledged', at: EARLIER },
      { acknowledged: true, phase: 'in_progress' },
    ],
    [{ type: 'deadline_changed', deadline: LATER }, { deadline: LATER }],
    [{ type: 'cancelled', reason: 'x' }, { phase: 'cancelled' }],
    [{ type: 'assigned' }, {}],
    [{ type: 'overdue', obligation: 'report' }, {}],
  ])('%o changes %o', (event, changes) => {
    expect(applyTaskEvent(fresh, event)).toEqual({ ...fresh, ...changes });
  });
});

describe('task machine: the task row', () => {
  const row: TaskRecord = {
    status: 'overdue',
    phase: 'in_progress',
    deadline: new Date(EARLIER),
    acknowledgedAt: null,
    reviewDeadline: null,
    revisionDeadline: null,
    completedAt: null,
    cancelReason: null,
    subtaskOverrideReason: null,
  };

  it.each<[string, TaskEvent, Partial<TaskRecord>]>([
    ['acknowledged', { type: 'acknowledged', at: EARLIER }, { acknowledgedAt: new Date(EARLIER) }],
    [
      'report',
      { ...report, subtaskOverrideReason: 'Xã chậm' } as TaskEvent,
      {
        phase: 'under_review',
        acknowledgedAt: new Date('2026-06-10T02:00:00.000Z'),
        reviewDeadline: new Date('2026-06-12T10:00:00.000Z'),
        subtaskOverrideReason: 'Xã chậm',
      },
    ],
    [
      'accepted',
      review('accepted'),
      { phase: 'completed', status: 'completed', completedAt: new Date('2026-06-10T02:00:00.000Z') },
    ],
    ['returned', review('returned'), { phase: 'revising', revisionDeadline: new Date('2026-06-15T10:00:00.000Z') }],
    [
      'deadline moved later',
      { type: 'deadline_changed', deadline: LATER },
      { deadline: new Date(LATER), status: 'assigned' },
    ],
    ['extension approved', decided(true), { deadline: new Date(LATER), status: 'assigned' }],
    ['extension rejected', decided(false), {}],
    [
      'cancelled',
      { type: 'cancelled', reason: 'Lồng ghép' },
      { phase: 'cancelled', status: 'cancelled', cancelReason: 'Lồng ghép' },
    ],
  ])('%s', (_name, event, changes) => {
    expect(applyToRecord(row, event, NOW)).toEqual({ ...row, ...changes });
  });

  it('keeps an acknowledgement already there when a report comes in', () => {
    const acknowledged = { ...row, acknowledgedAt: new Date(EARLIER) };
    expect(applyToRecord(acknowledged, report, NOW).acknowledgedAt).toEqual(new Date(EARLIER));
  });
});
