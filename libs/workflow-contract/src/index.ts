// What both sides of Temporal share: the API, the worker and libs/temporal-client
// import this lib; workflows/ imports it by relative path (the bundler does not read
// tsconfig paths). It holds definitions and types only, never a workflow's code.
export * from './directive';
export * from './task';
export * from './explanation';
export * from './notice-kinds';
export * from './delivery';
export * from './audit';
export * from './ids';
export * from './task-queues';
export * from './round';
export * from './unit-handover';
export * from './cohort';
export * from './urge';
export * from './failures';
export * from './approval';
export * from './reorganisation-rounds';
export * from './reorganisation';
