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
): string | null {
  if (user.active === active) {
    return active
      ? 'Tài khoản đang hoạt động / the account is already active'
      : 'Tài khoản đã bị vô hiệu hóa / the account is already deactivated';
  }
  if (!active && user.id === actorUserId) {
    return 'Không thể tự vô hiệu hóa tài khoản của mình / you cannot deactivate your own account';
  }
  return null;
}
