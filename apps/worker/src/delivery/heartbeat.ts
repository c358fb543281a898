import { Context } from '@temporalio/activity';

/** Tells Temporal the running activity is alive; outside an activity (a direct call) a no-op. */
export function heartbeat(): void {
  try {
    Context.current().heartbeat();
  } catch {
    // Not in an activity: nobody to tell.
  }
}
