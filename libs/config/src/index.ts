export * from './config';
export * from './config.module';
export * from './observability.config';
export * from './security.config';
export * from './signing-secret';
export * from './channels.config';
export * from './secret';
export * from './attachments.config';
