export const ROLES = ['admin', 'leader', 'officer'] as const;
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
}
