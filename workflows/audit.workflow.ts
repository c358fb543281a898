import { continueAsNew, proxyActivities, sleep } from '@temporalio/workflow';
import { addDays } from '../libs/domain/src/calendar/civil-date';
import { localDate, nextLocalTime } from '../libs/domain/src/delivery-time';
import type { AuditActivities, AuditCheckpointWorkflowInput } from '../libs/workflow-contract/src';

const book = proxyActivities<AuditActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes', backoffCoefficient: 2 },
});

/**
 * Every day just after local midnight, the chain head becomes the checkpoint of the day
 * that ended (docs/decisions/0020-audit-hash-chain.md); one run per day (continue-as-new).
 */
export async function auditCheckpointWorkflow(input: AuditCheckpointWorkflowInput): Promise<never> {
  const next = nextLocalTime(new Date(), input.atMinutes, input.timeZone);
  await sleep(next.getTime() - Date.now());
  await book.takeAuditCheckpoint({ day: addDays(localDate(next, input.timeZone), -1) });
  return continueAsNew<(input: AuditCheckpointWorkflowInput) => Promise<never>>(input);
}
