export * from './cohort';
export * from './leaving';
