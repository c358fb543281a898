/** The task's page in the application, the link every message carries. */
export function taskLink(publicUrl: string, taskId: string): string {
  return `${publicUrl}/api/v1/tasks/${taskId}`;
}

/** Working days from today to the due date; negative once it has passed (one rule with the task page). */
export { workingDaysLeft } from '@dondoc/domain';
