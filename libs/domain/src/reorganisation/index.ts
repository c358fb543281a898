export * from './apply';
export * from './cycles';
export * from './plan';
export * from './plan-csv';
export * from './resolve';
export * from './rounds';
