import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { fallbackText, isMessageChannel, planFallbacks } from '@dondoc/notifications';
import {
  ChannelAddressesRepository,
  DeliveriesRepository,
  DeliveryBatchesRepository,
  type ClaimedDelivery,
  type DeliveryEntity,
} from '@dondoc/persistence';
import { ChannelSender } from './channel-sender';

/**
 * The fall-back after a permanent failure (docs/decisions/0083): a notice that can never
 * go on one channel (an address the mail server refuses, a blocked bot, an unknown
 * number, or the last attempt spent) goes on the person's next channel in their order,
 * as a new row of the same notice (same unique key scheme, the next channel) in the same
 * batch, so the batch's next pass sends it. A row already there for that channel stays
 * (the person has the notice there); a retried record adds nothing.
 */
@Injectable()
export class ChannelFallback {
  constructor(
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(DeliveryBatchesRepository) private readonly batches: DeliveryBatchesRepository,
    @Inject(ChannelAddressesRepository) private readonly addresses: ChannelAddressesRepository,
    @Inject(ChannelSender) private readonly channels: ChannelSender,
  ) {}

  /** Plans the next channel's row for each of these failed deliveries that has one; returns how many. */
  async after(failed: ClaimedDelivery[]): Promise<number> {
    const personal = failed.filter((d) => d.channel === 'email' || isMessageChannel(d.channel));
    if (personal.length === 0) return 0;
    const userIds = [...new Set(personal.map((d) => d.recipientId))];
    const [preferences, verified] = await Promise.all([
      this.deliveries.preferencesOf(userIds),
      this.addresses.verifiedOf(userIds),
    ]);
    const planned = planFallbacks(
      personal.map((d) => ({ ...d, text: fallbackText(d) })),
      (userId) => preferences.get(userId)?.channelOrder ?? [],
      (userId) => verified.get(userId) ?? [],
      (channel) => this.channels.configured(channel),
    );
    const rows: Partial<DeliveryEntity>[] = planned.map((row) => ({
      ...row,
      id: randomUUID(),
      status: 'pending',
      notBefore: new Date(),
    }));
    await this.batches.add(rows);
    return rows.length;
  }
}
