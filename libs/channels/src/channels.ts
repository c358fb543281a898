import type { ChannelsConfig } from '@dondoc/config';
import { SmsGateway } from './sms';
import { TelegramBot } from './telegram';
import { MemoryZaloTokenStore, ZaloOa, type ZaloTokenStore } from './zalo';

export interface Channels {
  sms: SmsGateway | null;
  zalo: ZaloOa | null;
  telegram: TelegramBot | null;
}

/** The configured channels' adapters; a channel not configured is null (off). */
export function channelsFromConfig(
  config: ChannelsConfig,
  options: { zaloTokens?: ZaloTokenStore; now?: () => Date } = {},
): Channels {
  const now = options.now ?? (() => new Date());
  return {
    sms: config.sms ? new SmsGateway(config.sms, now) : null,
    zalo: config.zalo ? new ZaloOa(config.zalo, options.zaloTokens ?? new MemoryZaloTokenStore(), now) : null,
    telegram: config.telegram ? new TelegramBot(config.telegram) : null,
  };
}
