import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins of one user name from one address, within the throttle's window
 * (LoginThrottleRepository; docs/decisions/0050). In PostgreSQL so that every API
 * process sees the same counts. Operational state, not history: a correct password
 * deletes the pair's row, and rows past the window are deleted as new attempts come.
 */
@Entity({ name: 'login_attempts' })
@Index('ix_login_attempts_address', ['address', 'lastAttemptAt'])
@Index('ix_login_attempts_last_attempt', ['lastAttemptAt'])
export class LoginAttemptEntity {
  /** Lower case, trimmed; user names that do not exist are counted too. */
  @PrimaryColumn('text')
  username!: string;

  @PrimaryColumn('text')
  address!: string;

  /** Attempts in a row not (yet) ended by a correct password, the one in flight included. */
  @Column('integer')
  failures!: number;

  @Column('timestamptz', { name: 'last_attempt_at' })
  lastAttemptAt!: Date;

  /** The pair's next attempt is answered 429 before this instant. */
  @Column('timestamptz', { name: 'blocked_until' })
  blockedUntil!: Date;
}
