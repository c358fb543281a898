import type { BusinessCalendar } from './calendar/business-calendar';
import { msg, type Text } from './errors';
import type { Role } from './user';

/**
 * A directive's draft (dự thảo) and its way to a leader's signature
 * (docs/decisions/0074-drafts-and-approval.md): an officer or a leader drafts and edits,
 * submits it to an approver, who approves (the directive is issued), returns it with
 * comments (back to draft, the comments kept), or rejects it. Pure: the API applies it
 * to the draft's row, the approval workflow reads its reminder schedule.
 */
export const DRAFT_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** A draft of a new directive, or of an amendment to an issued one (the same path, decision 74). */
export const DRAFT_KINDS = ['directive', 'amendment'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_ACTIONS = ['edit', 'submit', 'approve', 'return', 'reject'] as const;
export type DraftAction = (typeof DRAFT_ACTIONS)[number];

/** Who acts on a draft, as the state machine sees them. */
export interface DraftActor {
  role: Role;
  /** A user of the drafting unit. */
  ofDraftingUnit: boolean;
  /** The approver named by the current submission. */
  isApprover: boolean;
}

export type DraftTransition =
  | { ok: true; status: DraftStatus }
  /** Approved already: a second approval issues nothing and answers the same directive (0074). */
  | { ok: true; status: 'approved'; already: true }
  | { ok: false; kind: 'forbidden' | 'conflict'; reason: Text };

const NEXT: Record<DraftAction, { from: DraftStatus; to: DraftStatus }> = {
  edit: { from: 'draft', to: 'draft' },
  submit: { from: 'draft', to: 'submitted' },
  approve: { from: 'submitted', to: 'approved' },
  return: { from: 'submitted', to: 'draft' },
  reject: { from: 'submitted', to: 'rejected' },
};

/** Whether `actor` may take `action` on a draft in `status`, and the status it leaves. */
export function draftTransition(status: DraftStatus, action: DraftAction, actor: DraftActor): DraftTransition {
  const drafting = action === 'edit' || action === 'submit';
  const allowed = drafting
    ? actor.ofDraftingUnit && (actor.role === 'officer' || actor.role === 'leader')
    : actor.isApprover || actor.role === 'admin';
  if (!allowed)
    return {
      ok: false,
      kind: 'forbidden',
      reason: drafting ? msg('drafts.onlyTheDraftingUnitMay') : msg('drafts.onlyTheApproverMay'),
    };
  if (action === 'approve' && status === 'approved') return { ok: true, status: 'approved', already: true };
  const step = NEXT[action];
  if (status !== step.from) return { ok: false, kind: 'conflict', reason: msg(`drafts.not.${step.from}`, { status }) };
  return { ok: true, status: step.to };
}

/**
 * The approver rule, one level: a leader of the issuing unit (its head first); a unit
 * with no active leader sends its drafts to a leader of the unit above. A named
 * approver must be one of these candidates.
 */
export interface ApproverCandidate {
  userId: string;
  unitId: string;
  isHead: boolean;
}

export function pickApprover(
  ofIssuingUnit: ApproverCandidate[],
  ofUnitAbove: ApproverCandidate[],
  named: string | undefined,
): ApproverCandidate | null {
  const candidates = ofIssuingUnit.length ? ofIssuingUnit : ofUnitAbove;
  if (named !== undefined) return candidates.find((c) => c.userId === named) ?? null;
  return (
    [...candidates].sort((a, b) => Number(b.isHead) - Number(a.isHead) || (a.userId < b.userId ? -1 : 1))[0] ?? null
  );
}

/** Working days after the submission at which the approver is reminded, then the approver's leader told. */
export const APPROVAL_REMINDER_WORKING_DAYS = [1, 3] as const;
export const APPROVAL_ESCALATION_WORKING_DAYS = 5;

export interface ApprovalInstant {
  key: string;
  kind: 'reminder' | 'escalation';
  at: Date;
}

/**
 * When a submission waiting for its approver is followed up: a reminder to the approver
 * 1 and 3 working days after it, then the approver's own leader 5 working days after it,
 * each at the clock time of the submission (a submission on a day off counts from the
 * next working day's start).
 */
export function approvalSchedule(submittedAt: Date, calendar: BusinessCalendar): ApprovalInstant[] {
  const day = calendar.dateOf(submittedAt);
  const minutes = calendar.isWorkingDay(day) ? calendar.minutesOf(submittedAt) : 8 * 60;
  const after = (n: number) => calendar.at(calendar.addWorkingDays(day, n), minutes);
  return [
    ...APPROVAL_REMINDER_WORKING_DAYS.map((n) => ({ key: `reminder:${n}`, kind: 'reminder' as const, at: after(n) })),
    {
      key: `escalation:${APPROVAL_ESCALATION_WORKING_DAYS}`,
      kind: 'escalation',
      at: after(APPROVAL_ESCALATION_WORKING_DAYS),
    },
  ];
}

/** One return's comments, kept on the draft and shown with it. */
export interface DraftComment {
  submission: number;
  by: string;
  at: string;
  comments: string;
  /** The draft's body as it was returned (a new directive), so the edit since can be compared with it. */
  body?: object;
}

/** An optimistic edit: the version the editor read must still be the draft's. */
export function staleVersion(current: number, read: number): Text | null {
  return current === read ? null : msg('drafts.staleVersion', { read, current });
}

/**
 * An If-Match header's version (`"3"`, `W/"3"` or `3`), or null when it names none.
 */
export function ifMatchVersion(header: string | undefined): number | null {
  if (header === undefined) return null;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match ? Number(match[1]) : null;
}
