export * from './errors';
export * from './directive';
export * from './time';
export * from './calendar';
