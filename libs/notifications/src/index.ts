// Notices as people read them: the kinds' rules and titles, the inbox text, e-mails
// (phrasebooks vi/en, message models, text and HTML), the daily digest and the webhook
// body. Pure and deterministic: no I/O, no clock; every instant comes from the caller.
// Workflow code may not import it (the lint fence): the kind type itself is in the contract.
export * from './notice-kinds';
export * from './delivery-rules';
export * from './types';
export * from './inbox';
export * from './message';
export * from './digest';
export * from './webhook';
export * from './channel-text';
export * from './fallback';
export * from './delivery-state';
