export * from './cohort';
