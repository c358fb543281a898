export * from './period';
export * from './deadlines';
