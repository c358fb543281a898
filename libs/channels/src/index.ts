// The message channels beside e-mail and webhooks (docs/decisions/0076): SMS through a
// brand-name gateway, Zalo OA (ZNS and follower messages), Telegram. Each adapter's send
// answers a ChannelOutcome (sent / retryable / permanent) and never throws, so the
// delivery path's retries, backoff and dead letters apply to them as to e-mail.
export * from './outcome';
export * from './phone';
export * from './text';
export * from './sms';
export * from './zalo';
export * from './telegram';
export * from './channels';
export * from './zalo-webhook';
