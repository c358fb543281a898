import { KNOWN_OVERRIDES, vietnamCalendar } from './calendar';
import {
  approvalSchedule,
  draftTransition,
  ifMatchVersion,
  pickApprover,
  staleVersion,
  type DraftAction,
  type DraftActor,
  type DraftStatus,
} from './draft';

const officer: DraftActor = { role: 'officer', ofDraftingUnit: true, isApprover: false };
const leader: DraftActor = { role: 'leader', ofDraftingUnit: true, isApprover: false };
const approver: DraftActor = { role: 'leader', ofDraftingUnit: false, isApprover: true };
const outsider: DraftActor = { role: 'leader', ofDraftingUnit: false, isApprover: false };
const admin: DraftActor = { role: 'admin', ofDraftingUnit: false, isApprover: false };
const auditor: DraftActor = { role: 'auditor', ofDraftingUnit: true, isApprover: false };

describe('draft state machine', () => {
  it.each<[string, DraftStatus, DraftAction, DraftActor, DraftStatus | 'forbidden' | 'conflict' | 'already']>([
    ['an officer edits a draft', 'draft', 'edit', officer, 'draft'],
    ['a leader of the unit edits a draft', 'draft', 'edit', leader, 'draft'],
    ['an officer submits a draft', 'draft', 'submit', officer, 'submitted'],
    ['a submitted draft is not edited', 'submitted', 'edit', officer, 'conflict'],
    ['a submitted draft is not submitted again', 'submitted', 'submit', officer, 'conflict'],
    ['an approved draft is not edited', 'approved', 'edit', officer, 'conflict'],
    ['a rejected draft is not submitted', 'rejected', 'submit', officer, 'conflict'],
    ['another unit does not edit', 'draft', 'edit', outsider, 'forbidden'],
    ['an auditor of the unit does not edit', 'draft', 'edit', auditor, 'forbidden'],
    ['the approver approves', 'submitted', 'approve', approver, 'approved'],
    ['an admin approves', 'submitted', 'approve', admin, 'approved'],
    ['the approver returns', 'submitted', 'return', approver, 'draft'],
    ['the approver rejects', 'submitted', 'reject', approver, 'rejected'],
    ['the drafter does not approve his own draft', 'submitted', 'approve', officer, 'forbidden'],
    ['a leader who is not the approver does not approve', 'submitted', 'approve', outsider, 'forbidden'],
    ['an approval given twice issues once', 'approved', 'approve', approver, 'already'],
    ['a draft not submitted is not approved', 'draft', 'approve', approver, 'conflict'],
    ['a returned draft is not returned again', 'draft', 'return', approver, 'conflict'],
    ['an approved draft is not rejected', 'approved', 'reject', approver, 'conflict'],
    ['a rejected draft is not approved', 'rejected', 'approve', approver, 'conflict'],
  ])('%s', (_name, status, action, actor, expected) => {
    const result = draftTransition(status, action, actor);
    if (expected === 'forbidden' || expected === 'conflict')
      expect(result).toMatchObject({ ok: false, kind: expected });
    else if (expected === 'already') expect(result).toEqual({ ok: true, status: 'approved', already: true });
    else expect(result).toEqual({ ok: true, status: expected });
  });
});

describe('the approver rule', () => {
  const head = { userId: 'b-head', unitId: 'u', isHead: true };
  const deputy = { userId: 'a-deputy', unitId: 'u', isHead: false };
  const above = { userId: 'c-above', unitId: 'p', isHead: true };
  it.each([
    ['the issuing unit’s head first', [deputy, head], [above], undefined, 'b-head'],
    ['a named leader of the issuing unit', [deputy, head], [above], 'a-deputy', 'a-deputy'],
    ['the unit above when the issuing unit has no leader', [], [above], undefined, 'c-above'],
    ['not a leader of the unit above when the issuing unit has one', [head], [above], 'c-above', null],
    ['nobody when no unit has a leader', [], [], undefined, null],
  ])('%s', (_name, own, up, named, expected) => {
    expect(pickApprover(own, up, named)?.userId ?? null).toBe(expected);
  });
});

describe('the approval schedule in working days', () => {
  const cal = vietnamCalendar([2026], KNOWN_OVERRIDES);
  const at = (iso: string) => new Date(iso).toISOString();
  it.each([
    [
      'a Monday: Tuesday, Thursday, then the next Monday',
      '2026-03-02T09:30:00+07:00',
      ['2026-03-03T09:30:00+07:00', '2026-03-05T09:30:00+07:00', '2026-03-09T09:30:00+07:00'],
    ],
    [
      'a Friday reaches over the weekend',
      '2026-03-06T16:00:00+07:00',
      ['2026-03-09T16:00:00+07:00', '2026-03-11T16:00:00+07:00', '2026-03-13T16:00:00+07:00'],
    ],
    [
      'a Saturday counts from Monday 08:00',
      '2026-03-07T10:00:00+07:00',
      ['2026-03-09T08:00:00+07:00', '2026-03-11T08:00:00+07:00', '2026-03-13T08:00:00+07:00'],
    ],
    [
      '30/4 and 1/5 are skipped',
      '2026-04-29T10:00:00+07:00',
      ['2026-05-04T10:00:00+07:00', '2026-05-06T10:00:00+07:00', '2026-05-08T10:00:00+07:00'],
    ],
  ])('%s', (_name, submitted, expected) => {
    const schedule = approvalSchedule(new Date(submitted), cal);
    expect(schedule.map((s) => [s.key, s.kind])).toEqual([
      ['reminder:1', 'reminder'],
      ['reminder:3', 'reminder'],
      ['escalation:5', 'escalation'],
    ]);
    expect(schedule.map((s) => s.at.toISOString())).toEqual(expected.map(at));
  });
});

describe('optimistic versions', () => {
  it.each([
    ['"3"', 3],
    ['W/"3"', 3],
    ['3', 3],
    ['*', null],
    ['"x"', null],
  ])('If-Match %s reads %s', (header, expected) => expect(ifMatchVersion(header)).toBe(expected));
  it('has no version without the header', () => expect(ifMatchVersion(undefined)).toBeNull());
  it('refuses an edit of a version that is no longer current', () => {
    expect(staleVersion(2, 2)).toBeNull();
    expect(staleVersion(3, 2)).toEqual({ key: 'drafts.staleVersion', params: { read: 2, current: 3 } });
  });
});
