export * from './temporal-client.module';
export * from './directive-commands';
export * from './delivery-commands';
export * from './explanation-commands';
export * from './bounded-wait';
export * from './stuck-workflows';
export * from './unit-commands';
export * from './round-commands';
