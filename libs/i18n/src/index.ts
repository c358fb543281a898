export * from './language';
export * from './translate';
export * from './split';
export * from './render';
export * from './notes';
export * from './format';
export * from './web';
