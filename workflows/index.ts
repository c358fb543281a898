// The one workflowsPath handed to the worker and the bundler.
export { directiveWorkflow } from './directive.workflow';
export { taskWorkflow } from './task.workflow';
export { deliveryWorkflow, digestWorkflow } from './delivery.workflow';
export { deliveryBatchWorkflow } from './delivery-batch.workflow';
export { auditCheckpointWorkflow } from './audit.workflow';
export {
  roundWorkflow,
  roundTickWorkflow,
  urgeRoundWorkflow,
  withdrawRoundWorkflow,
  amendRoundWorkflow,
} from './round.workflow';
export { explanationWorkflow } from './explanation.workflow';
export { unitHandOverWorkflow } from './unit-handover.workflow';
export { cohortWorkflow } from './cohort.workflow';
export { reconcilerWorkflow } from './reconciler.workflow';
export { urgeTasksWorkflow } from './urge.workflow';
export { approvalWorkflow } from './approval.workflow';
export { reorganisationWorkflow } from './reorganisation.workflow';
