import {
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  auditEventId,
  awaitUnitDeactivatedUpdate,
  unitHandOverStateQuery,
  type HandOverExplanationsPage,
  type HandOverTasksPage,
  type UnitDeactivation,
  type UnitHandOverActivities,
  type UnitHandOverInput,
  type UnitHandOverState,
} from '../libs/workflow-contract/src';

const activities = proxyActivities<UnitHandOverActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Telling a page of tasks heartbeats, so a worker that dies mid-page is noticed in seconds. */
const fanOut = proxyActivities<Pick<UnitHandOverActivities, 'handOverTasks' | 'handOverExplanations'>>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const PAGE = 200;

/**
 * One unit's deactivation with a successor (docs/decisions/0042): records it (the unit
 * row and its audit row; the API waits for that through the `awaitUnitDeactivated`
 * update sent with the start), then tells every open task that names the unit through
 * the task's own workflow, page by page, and every open explanation request through its own. Whatever happens to the API after the start,
 * the hand-over completes: the workflow is durable and each page is retried.
 */
export async function unitHandOverWorkflow(input: UnitHandOverInput): Promise<UnitHandOverState> {
  const { workflowId } = workflowInfo();
  const state: UnitHandOverState = { phase: 'recording', handedOver: 0, skipped: 0 };
  // Read by the awaitUnitDeactivated handler, which may run before recording has finished.
  let recorded: UnitDeactivation | undefined = undefined;
  setHandler(unitHandOverStateQuery, () => state);
  setHandler(awaitUnitDeactivatedUpdate, async () => {
    await condition(() => recorded !== undefined);
    return recorded!;
  });

  const eventId = auditEventId(workflowId, 'deactivated');
  recorded = await activities.recordUnitDeactivation({ ...input, eventId });
  if (recorded.status !== 'deactivated') {
    state.phase = 'refused';
    await condition(allHandlersFinished);
    return state;
  }

  state.phase = 'handing_over';
  const { unitId, successorId, reason, actor } = input;
  // Pages by task id. A second pass finds what the first could not see: a sub-task the
  // old unit delegated while the first pass was under way (a handed-over task no longer
  // names the unit, so the second pass is short).
  for (let pass = 0; pass < 2; pass++) {
    for (let after: string | null = null; ;) {
      const page: HandOverTasksPage = await fanOut.handOverTasks({
        unitId,
        successorId,
        reason,
        actor,
        eventId,
        after,
        limit: PAGE,
      });
      state.handedOver += page.handedOver;
      state.skipped += page.skipped;
      if (!page.next) break;
      after = page.next;
    }
  }
  // The open explanation requests that name the unit, through their own workflows. Behind
  // a patch: hand-overs recorded before it ended here without telling them.
  if (patched('unit-hand-over-explanations')) {
    state.explanationsHandedOver = 0;
    for (let after: string | null = null; ;) {
      const page: HandOverExplanationsPage = await fanOut.handOverExplanations({
        unitId,
        successorId,
        reason,
        actor,
        eventId,
        after,
        limit: PAGE,
      });
      state.explanationsHandedOver += page.handedOver;
      if (!page.next) break;
      after = page.next;
    }
  }
  state.phase = 'done';
  await condition(allHandlersFinished);
  return state;
}
