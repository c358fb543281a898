export * from './civil-date';
export * from './business-calendar';
export * from './vn-holidays';
export * from './official-decisions';
export * from './deadline-range';
