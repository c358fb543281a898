import type { Role } from '../api/types';

/**
 * What a role may do, as the API decides it (apps/api/src/auth/auth.guard.ts and the
 * services' checks); the screens hide what a role cannot do, the API judges again.
 * Auditors read and change nothing; a directive is issued by a leader (or an admin),
 * drafted by an officer or a leader for a leader's approval (decision 74); administration is the admins'; the audit log is admins' and
 * auditors'. Who reviews a task's report depends on the task (useLeadsOver).
 */
export const mayWrite = (role: Role) => role !== 'auditor';
export const mayIssue = (role: Role) => role === 'leader' || role === 'admin';
export const mayDraft = (role: Role) => role === 'officer' || role === 'leader';
export const mayAdminister = (role: Role) => role === 'admin';
export const mayAudit = (role: Role) => role === 'admin' || role === 'auditor';
