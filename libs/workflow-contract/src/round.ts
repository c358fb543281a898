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
}

export type RoundWorkflow = (input: RoundInput) => Promise<RoundResult>;
export type RoundTickWorkflow = (input: RoundTickInput) => Promise<RoundResult>;
export type UrgeRoundWorkflow = (input: UrgeRoundInput) => Promise<number>;
export const ROUND_WORKFLOW = 'roundWorkflow';
export const ROUND_TICK_WORKFLOW = 'roundTickWorkflow';
export const URGE_ROUND_WORKFLOW = 'urgeRoundWorkflow';

/** Business keys: one round workflow per (cycle, period), one schedule per cycle. */
export const roundWorkflowId = (cycleId: string, periodKey: string): string => `round:${cycleId}:${periodKey}`;
export const cycleScheduleId = (cycleId: string): string => `cycle:${cycleId}`;
export const urgeRoundWorkflowId = (roundId: string, urgeId: string): string => `round-urge:${roundId}:${urgeId}`;
