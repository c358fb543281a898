import { Context } from '@temporalio/activity';

/**
 * Tells Temporal the running activity is alive; outside an activity (a direct call) a
 * no-op, and inside a local activity too (the task workflow's notice: local activities
 * have no heartbeats, and the SDK logs a warning for each one sent).
 */
export function heartbeat(): void {
  try {
    const context = Context.current();
    if (!context.info.isLocal) context.heartbeat();
  } catch {
    // Not in an activity: nobody to tell.
  }
}
