export * from './language';
export * from './translate';
export * from './split';
