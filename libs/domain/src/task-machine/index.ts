// The task state machine: pure, deterministic, shared by the task workflow and the worker.
export * from './task-state';
export * from './obligations';
export * from './validators';
export * from './reducer';
export * from './hand-over';
export * from './timer-plan';
