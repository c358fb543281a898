// The timer plan lives with the task machine (pure, shared with the cohorts and the reconciler).
export * from '../libs/domain/src/task-machine/timer-plan';
