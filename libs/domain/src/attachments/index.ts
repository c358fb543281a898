export * from './sniff';
export * from './file-name';
export * from './owners';
