export * from './apply';
export * from './plan';
export * from './plan-csv';
export * from './resolve';
export * from './rounds';
