import type { DataSource } from 'typeorm';
import { DeliveryEntity, type DeliveryChannel, type DeliveryStatus } from './entities';

/** A provider's report as it arrives (docs/decisions/0084). */
export interface ReceiptInput {
  channel: 'sms' | 'zalo';
  providerMessageId: string;
  deliveryId: string | null;
  status: 'delivered' | 'failed';
}

/** One delivery of a notice to its reader, with the provider's report when there is one. */
export interface NoticeDeliveryRow {
  noticeId: string;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  notBefore: Date;
  sentAt: Date | null;
  receipt: 'delivered' | 'failed' | null;
  receiptAt: Date | null;
  updatedAt: Date;
}

/** Delivery receipts: kept as they arrive, read beside the deliveries they name. */
export class DeliveryReceiptsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The SMS delivery an eSMS report names by our id (its RequestId): one sent by SMS whose
   * provider id is the report's, or not recorded yet (the report may overtake the sender's
   * bookkeeping). Null for anything else, which is how a forged report is told apart: it
   * would have to guess a delivery's random id and its message id together.
   */
  async smsDelivery(deliveryId: string, providerMessageId: string): Promise<DeliveryEntity | null> {
    return this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .where('d.id = :id AND d.channel = :channel', { id: deliveryId, channel: 'sms' })
      .andWhere('(d.provider_message_id IS NULL OR d.provider_message_id = :pid)', { pid: providerMessageId })
      .getOne();
  }

  delivery(id: string): Promise<DeliveryEntity | null> {
    return this.dataSource.getRepository(DeliveryEntity).findOneBy({ id });
  }

  /** The delivery a message id names on a channel, once its sender has recorded it. */
  byProviderId(channel: 'sms' | 'zalo', providerMessageId: string): Promise<DeliveryEntity | null> {
    return this.dataSource.getRepository(DeliveryEntity).findOneBy({ channel, providerMessageId });
  }

  /** Keeps a report; false when one for that message was kept before (a provider's retry). */
  async record(receipt: ReceiptInput): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO delivery_receipts (channel, provider_message_id, delivery_id, status)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
      [receipt.channel, receipt.providerMessageId, receipt.deliveryId, receipt.status],
    );
    return rows.length > 0;
  }

  /**
   * The deliveries of these notices to this person, each with its receipt: a join by the
   * provider's message id, so either may have been written first. Webhook calls are the
   * unit's, not the person's, and are left out.
   */
  async ofNotices(userId: string, noticeIds: string[]): Promise<NoticeDeliveryRow[]> {
    if (noticeIds.length === 0) return [];
    const rows: {
      notice_id: string;
      channel: DeliveryChannel;
      status: DeliveryStatus;
      not_before: Date;
      sent_at: Date | null;
      receipt: 'delivered' | 'failed' | null;
      receipt_at: Date | null;
      updated_at: Date;
    }[] = await this.dataSource.query(
      `SELECT d.notice_id, d.channel, d.status, d.not_before, d.sent_at, d.updated_at,
              r.status AS receipt, r.received_at AS receipt_at
         FROM deliveries d
         LEFT JOIN delivery_receipts r
           ON r.channel = d.channel AND r.provider_message_id = d.provider_message_id
        WHERE d.notice_id = ANY($1::text[]) AND d.recipient_id = $2 AND d.channel <> 'webhook'
        ORDER BY d.created_at, d.channel`,
      [noticeIds, userId],
    );
    return rows.map((r) => ({
      noticeId: r.notice_id,
      channel: r.channel,
      status: r.status,
      notBefore: r.not_before,
      sentAt: r.sent_at,
      receipt: r.receipt,
      receiptAt: r.receipt_at,
      updatedAt: r.updated_at,
    }));
  }

  /** The fall-back rows planned from this delivery that are still to send (0083, 0084). */
  pendingFallbacksOf(deliveryId: string): Promise<DeliveryEntity[]> {
    return this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .where(`d.payload->>'fallbackOf' = :id AND d.status = 'pending'`, { id: deliveryId })
      .getMany();
  }
}
