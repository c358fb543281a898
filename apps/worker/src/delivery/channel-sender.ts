import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { channelsFromConfig, permanent, type ChannelOutcome, type Channels } from '@dondoc/channels';
import type { MessageChannel } from '@dondoc/notifications';
import { ChannelAddressesRepository, ZaloTokensRepository } from '@dondoc/persistence';

/** What the sender needs of a delivery row on SMS, Zalo or Telegram. */
export interface ChannelDelivery {
  id: string;
  channel: string;
  recipientId: string;
  address: string;
  payload: { text?: string };
}

/**
 * SMS, Zalo and Telegram for the delivery path (docs/decisions/0081): the adapters built
 * from the configuration (a channel not configured is off), a send answering the adapters'
 * outcome (sent / retryable / permanent), and the check at sending time that the address is
 * still one of its person's verified ones (removing an address is immediate).
 */
@Injectable()
export class ChannelSender {
  private readonly channels: Channels;

  constructor(
    @Inject(AppConfig) config: AppConfig,
    @Inject(ChannelAddressesRepository) private readonly addresses: ChannelAddressesRepository,
    @Inject(ZaloTokensRepository) zaloTokens: ZaloTokensRepository,
  ) {
    // Zalo's single-use refresh token lives in PostgreSQL: shared by every worker, kept across restarts.
    this.channels = channelsFromConfig(config.channels, {
      zaloTokens: config.channels.zalo ? zaloTokens.store(config.channels.zalo.appId) : undefined,
    });
  }

  /** The message channels this worker can send on. */
  configured(channel: MessageChannel): boolean {
    return this.channels[channel] !== null;
  }

  /** The deliveries whose address is no longer verified for their person (removed or replaced). */
  async unverified(deliveries: ChannelDelivery[]): Promise<Set<string>> {
    const verified = await this.addresses.verifiedOf([...new Set(deliveries.map((d) => d.recipientId))]);
    const gone = new Set<string>();
    for (const d of deliveries) {
      const rows = verified.get(d.recipientId) ?? [];
      if (!rows.some((row) => row.channel === d.channel && row.address === d.address)) gone.add(d.id);
    }
    return gone;
  }

  /** One message; never throws. The delivery id is the provider's duplicate guard where it has one (eSMS RequestId). */
  async send(d: ChannelDelivery): Promise<ChannelOutcome> {
    const text = d.payload.text ?? '';
    switch (d.channel) {
      case 'sms':
        return this.channels.sms
          ? this.channels.sms.send({ to: d.address, text, requestId: d.id })
          : permanent('invalid_request', 'SMS is not configured');
      case 'zalo':
        return this.channels.zalo
          ? this.channels.zalo.sendToFollower({ userId: d.address, text })
          : permanent('invalid_request', 'Zalo is not configured');
      case 'telegram':
        return this.channels.telegram
          ? this.channels.telegram.sendMessage({ chatId: d.address, text })
          : permanent('invalid_request', 'Telegram is not configured');
      default:
        return permanent('invalid_request', `not a message channel: ${d.channel}`);
    }
  }
}
