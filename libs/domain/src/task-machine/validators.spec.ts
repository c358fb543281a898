import { applyTaskEvent } from './reducer';
import { initialTaskState, type TaskState } from './task-state';
import {
  acknowledgeRefusal,
  cancelRefusal,
  changeDeadlineRefusal,
  decideExtensionRefusal,
  delegateRefusal,
  requestExtensionRefusal,
  reviewRefusal,
  submitReportRefusal,
  TASK_REFUSALS as R,
  type Refusal,
} from './validators';
import { msg } from '../errors';

const NOW = Date.parse('2026-06-10T03:00:00.000Z');
const DEADLINE = '2026-06-20T10:00:00.000Z';
const parties = { leadUnitId: 'lead', issuingUnitId: 'issuer' };
const lead = { actorUnitId: 'lead' };
const fresh = initialTaskState(DEADLINE, '2026-06-11T10:00:00.000Z');
const inReview: TaskState = { ...fresh, phase: 'under_review', acknowledged: true, reviewDeadline: DEADLINE };
const closed: TaskState = { ...fresh, phase: 'completed' };
const withOpenSubtasks: TaskState = { ...fresh, subtasks: { a: 'open', b: 'completed', c: 'open' } };
const pending = applyTaskEvent(fresh, {
  type: 'extension_requested',
  requestId: 'x1',
  deadline: '2026-06-25T10:00:00.000Z',
  reason: 'r',
  at: '2026-06-10T00:00:00.000Z',
});

describe('task machine: validators', () => {
  it.each<[string, () => Refusal, Refusal]>([
    ['acknowledge', () => acknowledgeRefusal(fresh, parties, lead), null],
    ['acknowledge, closed', () => acknowledgeRefusal(closed, parties, lead), R.closed],
    ['acknowledge, not the lead', () => acknowledgeRefusal(fresh, parties, { actorUnitId: 'x' }), R.notLead],
    [
      'acknowledge twice',
      () => acknowledgeRefusal({ ...fresh, acknowledged: true }, parties, lead),
      R.alreadyAcknowledged,
    ],
    ['report', () => submitReportRefusal(fresh, parties, { ...lead, text: 'ok' }), null],
    ['report in review', () => submitReportRefusal(inReview, parties, { ...lead, text: 'ok' }), R.reportWaiting],
    ['report, blank', () => submitReportRefusal(fresh, parties, { ...lead, text: '  ' }), R.reportNeedsText],
    [
      'report, sub-tasks open',
      () => submitReportRefusal(withOpenSubtasks, parties, { ...lead, text: 'ok' }),
      msg('refusals.subtasksStillOpen', { open: 2 }),
    ],
    [
      'report, sub-tasks open, with a reason',
      () => submitReportRefusal(withOpenSubtasks, parties, { ...lead, text: 'ok', subtaskOverrideReason: 'gấp' }),
      null,
    ],
    ['review', () => reviewRefusal(inReview, { outcome: 'accepted', comment: null }), null],
    ['review, nothing in', () => reviewRefusal(fresh, { outcome: 'accepted', comment: null }), R.noReportWaiting],
    ['review, bad outcome', () => reviewRefusal(inReview, { outcome: 'maybe', comment: null }), R.badOutcome],
    [
      'return without comment',
      () => reviewRefusal(inReview, { outcome: 'returned', comment: ' ' }),
      R.returnNeedsComment,
    ],
    [
      'extension',
      () => requestExtensionRefusal(fresh, parties, { ...lead, deadline: '2026-06-25T10:00:00Z', reason: 'r' }, NOW),
      null,
    ],
    [
      'extension in review',
      () => requestExtensionRefusal(inReview, parties, { ...lead, deadline: '2026-06-25T10:00:00Z', reason: 'r' }, NOW),
      R.noExtensionNeeded,
    ],
    [
      'extension pending',
      () => requestExtensionRefusal(pending, parties, { ...lead, deadline: '2026-06-25T10:00:00Z', reason: 'r' }, NOW),
      R.extensionPending,
    ],
    [
      'extension without reason',
      () => requestExtensionRefusal(fresh, parties, { ...lead, deadline: '2026-06-25T10:00:00Z', reason: '' }, NOW),
      R.reasonRequired,
    ],
    [
      'extension into the past',
      () => requestExtensionRefusal(fresh, parties, { ...lead, deadline: '2026-06-01T10:00:00Z', reason: 'r' }, NOW),
      R.newDeadlinePast,
    ],
    [
      'extension not later',
      () => requestExtensionRefusal(fresh, parties, { ...lead, deadline: '2026-06-15T10:00:00Z', reason: 'r' }, NOW),
      R.newDeadlineNotLater,
    ],
    ['decide', () => decideExtensionRefusal(pending, { requestId: 'x1' }), null],
    ['decide another', () => decideExtensionRefusal(pending, { requestId: 'x2' }), R.noSuchExtension],
    ['cancel', () => cancelRefusal(fresh), null],
    ['cancel, closed', () => cancelRefusal(closed), R.closed],
    ['new deadline', () => changeDeadlineRefusal(fresh, { deadline: DEADLINE }), null],
    ['new deadline, invalid', () => changeDeadlineRefusal(fresh, { deadline: 'soon' }), R.invalidDeadline],
    [
      'delegate',
      () =>
        delegateRefusal(
          fresh,
          parties,
          { ...lead, subtasks: [{ leadUnitId: 'x', deadline: '2026-06-15T10:00:00Z' }] },
          NOW,
        ),
      null,
    ],
    ['delegate nothing', () => delegateRefusal(fresh, parties, { ...lead, subtasks: [] }, NOW), R.noSubtasks],
    [
      'delegate in review',
      () => delegateRefusal(inReview, parties, { ...lead, subtasks: [] }, NOW),
      R.nothingToDelegate,
    ],
    [
      'delegate to self',
      () => delegateRefusal(fresh, parties, { ...lead, subtasks: [{ leadUnitId: 'lead', deadline: DEADLINE }] }, NOW),
      R.delegateToSelf,
    ],
    [
      'delegate, due in the past',
      () =>
        delegateRefusal(
          fresh,
          parties,
          { ...lead, subtasks: [{ leadUnitId: 'x', deadline: '2026-06-01T10:00:00Z' }] },
          NOW,
        ),
      R.subtaskDeadlinePast,
    ],
    [
      'delegate, due after the parent',
      () =>
        delegateRefusal(
          fresh,
          parties,
          { ...lead, subtasks: [{ leadUnitId: 'x', deadline: '2026-06-25T10:00:00Z' }] },
          NOW,
        ),
      R.subtaskAfterParent,
    ],
  ])('%s', (_name, refusal, expected) => {
    expect(refusal()).toEqual(expected);
  });
});
