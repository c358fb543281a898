export * from './frequency';
export * from './recipients';
export * from './indicators';
export * from './rollup';
export * from './round-amendment';
