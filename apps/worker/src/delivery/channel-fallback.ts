import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isMessageChannel, MESSAGE_CHANNELS, nextChannel } from '@dondoc/notifications';
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
    // Webhooks belong to units, not people; a message's text is needed to send it elsewhere.
    const personal = failed.filter((d) => (d.channel === 'email' || isMessageChannel(d.channel)) && textOf(d));
    if (personal.length === 0) return 0;
    const userIds = [...new Set(personal.map((d) => d.recipientId))];
    const [preferences, verified] = await Promise.all([
      this.deliveries.preferencesOf(userIds),
      this.addresses.verifiedOf(userIds),
    ]);
    const rows: Partial<DeliveryEntity>[] = [];
    for (const d of personal) {
      const addresses = (verified.get(d.recipientId) ?? []).filter(
        (a) => MESSAGE_CHANNELS.includes(a.channel) && this.channels.configured(a.channel),
      );
      const order = preferences.get(d.recipientId)?.channelOrder ?? [];
      const channel = nextChannel(order, d.channel, new Set(addresses.map((a) => a.channel)));
      const address = addresses.find((a) => a.channel === channel);
      if (!channel || !address?.address) continue;
      rows.push({
        id: randomUUID(),
        noticeId: d.noticeId,
        channel,
        recipientId: d.recipientId,
        address: address.address,
        unitId: d.unitId,
        kind: d.kind,
        taskId: d.taskId,
        status: 'pending',
        notBefore: new Date(),
        payload: { text: textOf(d)!, fallbackOf: d.id },
        batchId: d.batchId,
      });
    }
    await this.batches.add(rows);
    return rows.length;
  }
}

/** The one-line text of a delivery: a message's own, or the short form an e-mail row carries. */
function textOf(d: ClaimedDelivery): string | undefined {
  return d.channel === 'email' ? d.payload.short : d.payload.text;
}
