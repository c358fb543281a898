import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A provider's report that a message reached (or never reached) the handset: eSMS's
 * callback, the Zalo OA's `user_received_message` event (docs/decisions/0084). Written by
 * the API alone, as the report arrives; the worker writes the delivery row. The two meet
 * by (channel, provider_message_id) when read, so a report that comes before the sender
 * has recorded the provider's id is kept, not lost. One row per message: a repeated report
 * changes nothing.
 */
@Entity({ name: 'delivery_receipts' })
@Index('ix_delivery_receipts_delivery', ['deliveryId'], { where: 'delivery_id IS NOT NULL' })
export class DeliveryReceiptEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'PK_delivery_receipts' })
  channel!: 'sms' | 'zalo';

  @PrimaryColumn('text', { name: 'provider_message_id', primaryKeyConstraintName: 'PK_delivery_receipts' })
  providerMessageId!: string;

  /** Our delivery, when the provider echoed its id (eSMS RequestId, Zalo tracking_id). */
  @Column('uuid', { name: 'delivery_id', nullable: true })
  deliveryId!: string | null;

  @Column('text')
  status!: 'delivered' | 'failed';

  @Column('timestamptz', { name: 'received_at', default: () => 'now()' })
  receivedAt!: Date;
}
