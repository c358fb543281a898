import { allHandlersFinished, condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  applyReorganisationNowSignal,
  cancelReorganisationSignal,
  reorganisationStateQuery,
  type HandOverExplanationsPage,
  type HandOverTasksPage,
  type ReorganisationActivities,
  type ReorganisationInput,
  type ReorganisationMove,
  type ReorganisationRoundsActivities,
  type ReorganisationState,
  type UnitHandOverActivities,
} from '../libs/workflow-contract/src';

const activities = proxyActivities<ReorganisationActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** The unit hand-over's paging activities, shared: each page heartbeats (decision 42). */
const fanOut = proxyActivities<Pick<UnitHandOverActivities, 'handOverTasks' | 'handOverExplanations'>>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** The merge rule on the rounds and the cycles' new versions: paged, heartbeating, resumed from the last page. */
const rounds = proxyActivities<ReorganisationRoundsActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const PAGE = 200;
/** Ended units handed over at once; each of their pages also tells up to 16 tasks at once (the activity). */
const UNITS_AT_ONCE = 8;
const REASON = 'reorganisation';

/**
 * One stored reorganisation plan (docs/decisions/0078): waits for its effective instant
 * on a durable timer (a cancellation signal ends the wait without applying), applies the
 * tree in one transaction, then hands every open obligation of each ended unit over
 * through its own driver, page by page. Each step is an activity keyed by the plan, so a
 * crash anywhere resumes without writing anything twice.
 */
export async function reorganisationWorkflow(input: ReorganisationInput): Promise<ReorganisationState> {
  const { planId, actor } = input;
  const state: ReorganisationState = {
    phase: 'waiting',
    units: 0,
    users: 0,
    webhooks: 0,
    tasksHandedOver: 0,
    tasksSkipped: 0,
    explanationsHandedOver: 0,
  };
  let cancelled = false;
  let now = false;
  setHandler(reorganisationStateQuery, () => state);
  setHandler(cancelReorganisationSignal, () => {
    cancelled = true;
  });
  setHandler(applyReorganisationNowSignal, () => {
    now = true;
  });

  const wait = Date.parse(input.effectiveAt) - Date.now();
  if (wait > 0) await condition(() => cancelled || now, wait);
  if (cancelled) return end(state, 'cancelled');

  state.phase = 'applying';
  // Reads the row again under its lock: a cancellation whose signal was lost ends here too.
  const begun = await activities.beginReorganisation({ planId, actor });
  if (begun.status !== 'applying') return end(state, begun.status === 'applied' ? 'applied' : begun.status);
  Object.assign(state, { units: begun.units, users: begun.users, webhooks: begun.webhooks, phase: 'handing_over' });

  // The merge rule on the rounds first (decision 80): the obligations `merged` into the one
  // the successor keeps, or `satisfied` by a report one predecessor already gave, are closed
  // through their drivers, so only the kept ones are handed over below. Behind a patch:
  // plans applied before it handed every obligation over.
  const withRounds = patched('reorganisation-rounds');
  const successions = withRounds ? unitSuccessions(begun.moves) : undefined;
  const eventId = `reorg:${planId}`;
  if (successions) {
    const settled = await rounds.settleRoundObligations({ planId, eventId, actor, ...successions });
    state.obligationsClosed = settled.merged + settled.satisfied;
  }

  // Several ended units at once (a merger of a thousand communes has a thousand moves of a
  // few tasks each: one after another, the activities' round trips were most of the time).
  // Two moves may name one task (led by one ended unit, coordinated by another): its driver
  // takes the two updates one after the other, each keyed by its unit. Behind a patch: plans
  // applied before it handed over one unit at a time.
  const unitsAtOnce = patched('reorganisation-units-at-once') ? UNITS_AT_ONCE : 1;
  await inGroups(begun.moves, unitsAtOnce, (move) => handOverTasks(planId, actor, move, state));

  // Later rounds of the cycles naming an ended unit ask its successor (open ones moved with their tasks).
  if (successions) {
    const amended = await rounds.amendCycleDefinitions({ planId, eventId, actor, moves: successions.moves });
    state.cyclesAmended = amended.amended;
  }

  await inGroups(begun.moves, unitsAtOnce, (move) => handOverExplanations(planId, actor, move, state));

  const { phase: _phase, ...progress } = state;
  await activities.finishReorganisation({ planId, actor, progress });
  return end(state, 'applied');
}

/** The open tasks naming the ended unit, in two passes (a sub-task delegated meanwhile), as decision 42 does. */
async function handOverTasks(planId: string, actor: string, move: ReorganisationMove, state: ReorganisationState) {
  for (let pass = 0; pass < 2; pass++) {
    for (let after: string | null = null; ;) {
      const page: HandOverTasksPage = await fanOut.handOverTasks({
        ...request(planId, actor, move),
        after,
        limit: PAGE,
      });
      state.tasksHandedOver += page.handedOver;
      state.tasksSkipped += page.skipped;
      if (!page.next) break;
      after = page.next;
    }
  }
}

async function handOverExplanations(
  planId: string,
  actor: string,
  move: ReorganisationMove,
  state: ReorganisationState,
) {
  for (let after: string | null = null; ;) {
    const page: HandOverExplanationsPage = await fanOut.handOverExplanations({
      ...request(planId, actor, move),
      after,
      limit: PAGE,
    });
    state.explanationsHandedOver += page.handedOver;
    if (!page.next) break;
    after = page.next;
  }
}

/** `fn` over the moves, `size` at a time, in the plan's order. */
async function inGroups<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/** The hand-overs as the rounds' steps read them: unit → successor, and a split's task → its part. */
function unitSuccessions(moves: ReorganisationMove[]) {
  return {
    moves: moves.map((move) => ({ fromUnitId: move.unitId, toUnitId: move.successorId })),
    taskMoves: moves.flatMap((move) =>
      Object.entries(move.taskSuccessors).map(([taskId, toUnitId]) => ({ taskId, fromUnitId: move.unitId, toUnitId })),
    ),
  };
}

/** Keys: each driver's audit row `…#handover:reorg:<planId>:<unitId>`, its update id `reorg:<planId>:<driver>:<unitId>`. */
function request(planId: string, actor: string, move: ReorganisationMove) {
  return {
    unitId: move.unitId,
    successorId: move.successorId,
    taskSuccessors: move.taskSuccessors,
    reason: REASON,
    actor,
    eventId: `reorg:${planId}:${move.unitId}`,
    updateIdPrefix: `reorg:${planId}`,
  };
}

async function end(state: ReorganisationState, phase: ReorganisationState['phase']): Promise<ReorganisationState> {
  state.phase = phase;
  await condition(allHandlersFinished);
  return state;
}
