import { msg, type Text } from './errors';
/**
 * admin: runs the system; leader and officer: work on directives and tasks; auditor
 * (đoàn kiểm tra): reads everything in its subtree and changes nothing.
 */
export const ROLES = ['admin', 'leader', 'officer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a signed-in user may see and do: their unit and everything below it.
 * Repository queries for unit-scoped data take this as a required argument, so
 * forgetting the scope is a compile error.
 */
export interface Scope {
  userId: string;
  username: string;
  role: Role;
  unitId: string;
  /** Materialized path of the user's unit; admins get "/" (everything). */
  unitPath: string;
  /** Cleared to read secret (mật) content: admins and auditors need it (docs/secret-content.md). */
  clearance?: boolean;
}

/** Methods that change nothing: the only ones an auditor may call. */
export const READ_ONLY_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Why a user account cannot be deactivated (`active: false`) or reactivated now, or
 * null: it already is so, or an admin would deactivate themselves (and perhaps the
 * last admin with them).
 */
export function accountActivationConflict(
  user: { id: string; active: boolean },
  active: boolean,
  actorUserId: string,
): Text | null {
  if (user.active === active) {
    return active ? msg('user.theAccountIsAlreadyActive') : msg('user.theAccountIsAlreadyDeactivated');
  }
  if (!active && user.id === actorUserId) {
    return msg('user.youCannotDeactivateYourOwnAccount');
  }
  return null;
}
