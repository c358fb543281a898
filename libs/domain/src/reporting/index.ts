export * from './frequency';
export * from './recipients';
export * from './indicators';
export * from './rollup';
