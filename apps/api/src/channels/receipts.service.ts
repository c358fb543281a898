import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { parseEsmsReceipt, parseZaloReceipt, type DeliveryReceipt } from '@dondoc/channels';
import { ForbiddenError, msg } from '@dondoc/domain';
import { fallbackText, planFallbacks } from '@dondoc/notifications';
import {
  ChannelAddressesRepository,
  DeliveriesRepository,
  DeliveryBatchesRepository,
  DeliveryReceiptsRepository,
  type DeliveryEntity,
} from '@dondoc/persistence';
import { deliveryRetry, startDelivery, TemporalClientService } from '@dondoc/temporal-client';
import { fallbackWorkflowId } from '@dondoc/workflow-contract';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Delivery receipts (docs/decisions/0084): eSMS's report on its callback, the Zalo OA's
 * `user_received_message` event. Each is kept once, beside the delivery it names, so the
 * notice in the dashboard shows "delivered" or "failed" per channel. A message the
 * provider reports it could not deliver is a channel that failed for good: the notice
 * goes on the person's next channel (0083), as a new row sent by a delivery workflow of
 * its own, keyed by the row, so a report repeated after a crash starts nothing twice.
 */
@Injectable()
export class ReceiptsService {
  private readonly logger = new Logger(ReceiptsService.name);

  constructor(
    @Inject(DeliveryReceiptsRepository) private readonly receipts: DeliveryReceiptsRepository,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(DeliveryBatchesRepository) private readonly batches: DeliveryBatchesRepository,
    @Inject(ChannelAddressesRepository) private readonly addresses: ChannelAddressesRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * eSMS's GET to the CallbackUrl. It carries no signature; what vouches for it is our
   * delivery's random id (RequestId) with the gateway's message id, which only the
   * gateway knows together. Anything else is refused; a report still in progress is no news.
   */
  async sms(query: URLSearchParams): Promise<void> {
    if (!this.config.channels.sms) throw new ForbiddenError(msg('channels.webhookNotAuthentic'));
    const receipt = parseEsmsReceipt(query);
    if (!receipt || !receipt.requestId || !UUID.test(receipt.requestId))
      throw new ForbiddenError(msg('channels.webhookNotAuthentic'));
    const delivery = await this.receipts.smsDelivery(receipt.requestId, receipt.providerMessageId);
    if (!delivery) throw new ForbiddenError(msg('channels.webhookNotAuthentic'));
    if (receipt.status === 'pending') return;
    await this.keep('sms', receipt, delivery);
  }

  /** A Zalo OA event already found authentic (its signature); other events are not receipts. */
  async zalo(event: unknown): Promise<void> {
    const receipt = parseZaloReceipt(event);
    if (!receipt || receipt.status === 'pending') return;
    const delivery =
      receipt.requestId && UUID.test(receipt.requestId)
        ? await this.receipts.delivery(receipt.requestId)
        : await this.receipts.byProviderId('zalo', receipt.providerMessageId);
    await this.keep('zalo', receipt, delivery?.channel === 'zalo' ? delivery : null);
  }

  private async keep(channel: 'sms' | 'zalo', receipt: DeliveryReceipt, delivery: DeliveryEntity | null) {
    const status = receipt.status === 'failed' ? 'failed' : 'delivered';
    await this.receipts.record({
      channel,
      providerMessageId: receipt.providerMessageId,
      deliveryId: delivery?.id ?? null,
      status,
    });
    // Also when the report was kept before: a crash may have come between keeping it and
    // starting the fall-back's sending; what was planned then is started again, not planned twice.
    if (status === 'failed' && delivery) await this.fallBack(delivery);
  }

  private async fallBack(failed: DeliveryEntity): Promise<void> {
    let rows = await this.receipts.pendingFallbacksOf(failed.id);
    if (rows.length === 0) rows = await this.plan(failed);
    for (const row of rows) {
      await startDelivery(this.temporal.client, this.temporal.taskQueue, fallbackWorkflowId(row.id), {
        noticeId: row.noticeId,
        deliveries: [{ deliveryId: row.id, notBefore: row.notBefore.toISOString() }],
        retry: deliveryRetry(this.config.delivery),
      });
    }
    if (rows.length > 0)
      this.logger.log(`a ${failed.channel} message reported undelivered falls back to ${rows[0].channel}`);
  }

  /** The next channel's row, written (once: the unique notice, channel and person) and returned. */
  private async plan(failed: DeliveryEntity): Promise<DeliveryEntity[]> {
    const [preferences, verified] = await Promise.all([
      this.deliveries.preferencesOf([failed.recipientId]),
      this.addresses.verifiedOf([failed.recipientId]),
    ]);
    const planned = planFallbacks(
      [{ ...failed, text: fallbackText(failed) }],
      (userId) => preferences.get(userId)?.channelOrder ?? [],
      (userId) => verified.get(userId) ?? [],
      (channel) => this.config.channels[channel] !== null,
    );
    // No batch: the one that sent the failed message may have ended; this row has its own workflow.
    const rows = planned.map((row) => ({
      ...row,
      batchId: null,
      id: randomUUID(),
      status: 'pending' as const,
      notBefore: new Date(),
    }));
    await this.batches.add(rows);
    return this.receipts.pendingFallbacksOf(failed.id);
  }
}
