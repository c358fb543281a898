/** The one task queue of the worker unless TEMPORAL_TASK_QUEUE says otherwise. */
export const DEFAULT_TASK_QUEUE = 'dondoc';

/**
 * The lane for work a person is waiting on (a directive being issued, amended, cancelled):
 * its own queue, polled by its own worker, so that a burst of thousands of timers on the
 * main queue (reminders at 08:00 on a shared deadline day) does not hold a new directive's
 * 201 behind it. The task workflows a directive starts go to the main queue.
 */
export const interactiveTaskQueue = (taskQueue: string): string => `${taskQueue}-interactive`;
