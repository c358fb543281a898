export * from './civil-date';
export * from './business-calendar';
export * from './vn-holidays';
export * from './official-decisions';
export * from './working-days-left';
export * from './deadline-range';
export * from './official-notes-en';
