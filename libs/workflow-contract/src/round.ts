/**
 * The round workflows' contract: a round per (cycle, period) opened by a Temporal
 * Schedule (through the tick workflow) or by hand, and the urging of late units.
 */
export interface RoundInput {
  cycleId: string;
  periodKey: string;
  /** 'schedule' or the username that opened it by hand. */
  openedBy: string;
  /**
   * When it was opened (ISO): the Schedule's tick time, or the moment an officer asked.
   * A round opened late moves the deadlines already past (docs/decisions/0030); the
   * activity takes the later of this and its own clock (absent in rounds started before
   * this field existed: its own clock).
   */
  openedAt?: string;
}

export interface RoundResult {
  status: 'opened' | 'skipped';
  roundId?: string;
  reason?: string;
  tasks?: number;
}

export interface RoundTickInput {
  cycleId: string;
}

export interface UrgeRoundInput {
  roundId: string;
  actor: string;
  urgeId: string;
}

/** Withdrawing a round (issuer's decision, with a reason): its open tasks cancelled through their workflows. */
export interface WithdrawRoundInput {
  roundId: string;
  reason: string;
  actor: string;
}

export interface WithdrawRoundResult {
  roundId: string;
  /** false: the round had already been withdrawn (nothing more done). */
  withdrawn: boolean;
  /** Tasks cancelled by this withdrawal. */
  cancelled: number;
  /** Reports already in when it was withdrawn: kept, marked withdrawn with the round. */
  reportsKept: number;
}

/** New deadlines for some of a round's levels, told to each open task of the level. */
export interface AmendRoundInput {
  roundId: string;
  amendId: string;
  deadlines: { level: string; deadline: string }[];
  actor: string;
}

export interface AmendRoundResult {
  roundId: string;
  /** false: the round was withdrawn meanwhile (nothing changed). */
  amended: boolean;
  /** Open tasks given the new deadline. */
  retimed: number;
}

export interface RoundActivities {
  /** Records the round (directive row, top-level tasks, one row per recipient), idempotently. */
  recordRound(input: RoundInput & { eventId: string }): Promise<{
    status: 'opened' | 'skipped';
    roundId?: string;
    directiveId?: string;
    maxDepth?: number;
    reason?: string;
  }>;
  /** Delegates the round's tasks at `depth` from their consolidating units' tasks; returns how many. */
  delegateRoundLevel(input: { roundId: string; depth: number }): Promise<number>;
  /** The period a scheduled tick opens (null: none, or the cycle paused or ended), and starts its round workflow. */
  openScheduledRound(input: RoundTickInput & { at: string }): Promise<RoundResult>;
  /** Sends a notice to every unit of the round that has not reported, and audits it. */
  urgeLateUnits(input: UrgeRoundInput): Promise<number>;
  /**
   * Fails (retryably) while the round's opening workflow still runs: a withdrawal or an
   * amendment waits until every task of the round exists, so none is started after it.
   */
  awaitRoundOpened(input: { roundId: string }): Promise<void>;
  /** Marks the round (and its directive row) withdrawn, audited; idempotent. */
  recordRoundWithdrawn(
    input: WithdrawRoundInput & { eventId: string },
  ): Promise<{ withdrawn: boolean; maxDepth: number; reportsKept: number }>;
  /** Cancels the round's open tasks at `depth` through their workflows, with the reason; returns how many. */
  cancelRoundTasks(input: { roundId: string; depth: number; reason: string; actor: string }): Promise<number>;
  /** Stores the levels' new deadlines on the round, audited; false when the round is withdrawn. */
  recordRoundDeadlines(input: AmendRoundInput & { eventId: string }): Promise<boolean>;
  /** Tells each open task of the level its new deadline (its workflow re-times its reminders); returns how many. */
  retimeRoundTasks(input: { roundId: string; level: string; deadline: string; actor: string }): Promise<number>;
}

export type RoundWorkflow = (input: RoundInput) => Promise<RoundResult>;
export type RoundTickWorkflow = (input: RoundTickInput) => Promise<RoundResult>;
export type UrgeRoundWorkflow = (input: UrgeRoundInput) => Promise<number>;
export const ROUND_WORKFLOW = 'roundWorkflow';
export const ROUND_TICK_WORKFLOW = 'roundTickWorkflow';
export const URGE_ROUND_WORKFLOW = 'urgeRoundWorkflow';
export type WithdrawRoundWorkflow = (input: WithdrawRoundInput) => Promise<WithdrawRoundResult>;
export type AmendRoundWorkflow = (input: AmendRoundInput) => Promise<AmendRoundResult>;
export const WITHDRAW_ROUND_WORKFLOW = 'withdrawRoundWorkflow';
export const AMEND_ROUND_WORKFLOW = 'amendRoundWorkflow';

/** Business keys: one round workflow per (cycle, period), one schedule per cycle. */
export const roundWorkflowId = (cycleId: string, periodKey: string): string => `round:${cycleId}:${periodKey}`;
export const cycleScheduleId = (cycleId: string): string => `cycle:${cycleId}`;
export const urgeRoundWorkflowId = (roundId: string, urgeId: string): string => `round-urge:${roundId}:${urgeId}`;
/** One withdrawal per round: a second request joins the first. */
export const withdrawRoundWorkflowId = (roundId: string): string => `round-withdraw:${roundId}`;
export const amendRoundWorkflowId = (roundId: string, amendId: string): string => `round-amend:${roundId}:${amendId}`;
