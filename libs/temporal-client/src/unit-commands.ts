import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { UnavailableError } from '@dondoc/domain';
import {
  awaitUnitDeactivatedUpdate,
  UNIT_HANDOVER_WORKFLOW,
  unitHandOverWorkflowId,
  type UnitDeactivation,
  type UnitHandOverInput,
  type UnitHandOverWorkflow,
} from '@dondoc/workflow-contract';
import { bounded, workflowWaitMs } from './bounded-wait';

/**
 * Deactivates a unit through its hand-over workflow (docs/decisions/0042): starts
 * `unit-handover:<unitId>` and, in the same call, waits for it to record the
 * deactivation (update-with-start), then waits a while (bounded) for every open task to
 * have taken the hand-over. `handOverCompleted` false: the workflow goes on telling the
 * tasks after the answer. Undefined when another request's run had the unit already.
 */
export async function deactivateUnit(
  client: Client,
  taskQueue: string,
  input: UnitHandOverInput,
): Promise<(UnitDeactivation & { handOverCompleted: boolean }) | undefined> {
  const workflowId = unitHandOverWorkflowId(input.unitId);
  const startWorkflowOperation = new WithStartWorkflowOperation<UnitHandOverWorkflow>(UNIT_HANDOVER_WORKFLOW, {
    workflowId,
    taskQueue,
    args: [input],
    // A run already going (another request) is joined, and its answer names that request.
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
  });
  let recorded: UnitDeactivation;
  try {
    recorded = await bounded(
      () =>
        client.workflow.executeUpdateWithStart(awaitUnitDeactivatedUpdate, {
          updateId: `record:${input.requestId}`,
          startWorkflowOperation,
        }),
      client,
    );
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return undefined;
    throw error;
  }
  if (recorded.status !== 'deactivated' || recorded.requestId !== input.requestId) {
    return { ...recorded, handOverCompleted: false };
  }
  const handle = client.workflow.getHandle<UnitHandOverWorkflow>(workflowId);
  const handOverCompleted = await bounded(() => handle.result(), client, Math.min(workflowWaitMs(), 10_000)).then(
    () => true,
    (error: unknown) => {
      if (error instanceof UnavailableError) return false;
      throw error;
    },
  );
  return { ...recorded, handOverCompleted };
}
