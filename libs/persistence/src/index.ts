export * from './data-source';
export * from './entities';
export * from './migration-tools';
export * from './database';
export * from './persistence.module';
export * from './directive-store';
