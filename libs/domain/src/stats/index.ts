export * from './completion';
export * from './headings';
export * from './rankings';
export * from './explanation-reasons';
export * from './lineage';
