import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';

/** How a user wants to be reached: language, channels per notice kind, quiet hours, daily digest. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  /** vi or en as the person chose; null when they never did (their browser's language, then vi). */
  @Column('text', { nullable: true })
  locale!: 'vi' | 'en' | null;

  /**
   * Per notice kind, the channels wanted (in_app, email, sms, zalo, telegram); a kind not
   * listed gets the app and e-mail, and the message channels only when chosen (0081).
   */
  @Column('jsonb', { default: () => "'{}'" })
  channels!: Record<string, ('in_app' | 'email' | 'sms' | 'zalo' | 'telegram')[]>;

  /** Kinds the person marked urgent: sent at once on every channel, past their quiet hours (0081). */
  @Column('jsonb', { name: 'urgent_kinds', default: () => "'[]'" })
  urgentKinds!: string[];

  /**
   * The person's order of channels for the fall-back (0083): a notice that fails for good on
   * one, or an escalation left unread, goes on the next one they have. Empty: no fall-back.
   */
  @Column('jsonb', { name: 'channel_order', default: () => "'[]'" })
  channelOrder!: ('email' | 'sms' | 'zalo' | 'telegram')[];

  /** Quiet hours in minutes after local midnight; the window may cross midnight (22:00–06:30). */
  @Column('integer', { name: 'quiet_start', nullable: true })
  quietStart!: number | null;

  @Column('integer', { name: 'quiet_end', nullable: true })
  quietEnd!: number | null;

  /** One message at 07:30 local in place of single reminders. */
  @Column('boolean', { default: false })
  digest!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A unit's webhook: notices for the unit are POSTed there, signed with its secret. */
@Entity({ name: 'webhook_endpoints' })
@Index('ix_webhook_endpoints_unit', ['unitId'])
export class WebhookEndpointEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit!: Relation<UnitEntity>;

  @Column('text')
  url!: string;

  /** HMAC-SHA256 key; shown once, when the endpoint is created. */
  @Column('text')
  secret!: string;

  /** Notice kinds sent here; null for all. */
  @Column('jsonb', { nullable: true })
  kinds!: string[] | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export type DeliveryChannel = 'email' | 'webhook' | 'sms' | 'zalo' | 'telegram';
/**
 * pending → sending (claimed by one attempt) → sent, or back to pending on a failure and
 * → dead after the configured attempts (re-drivable); held: waits for the digest, then
 * digested; skipped: an urging message whose task closed before it could go.
 */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'dead' | 'held' | 'digested' | 'skipped';

/**
 * One message of one notice to one recipient on one channel, rendered when the notice
 * was made. Unique per (notice, channel, recipient): the delivery activity checks this
 * row before sending, so a retried activity never sends twice.
 */
@Entity({ name: 'deliveries' })
@Index('ux_deliveries_notice_channel_recipient', ['noticeId', 'channel', 'recipientId'], { unique: true })
@Index('ix_deliveries_status', ['status', 'createdAt'])
@Index('ix_deliveries_batch', ['batchId', 'notBefore'], {
  where: `batch_id IS NOT NULL AND status IN ('pending', 'sending')`,
})
export class DeliveryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'notice_id' })
  noticeId!: string;

  @Column('text')
  channel!: DeliveryChannel;

  /** The user (e-mail, SMS, Zalo, Telegram) or the webhook endpoint. */
  @Column('uuid', { name: 'recipient_id' })
  recipientId!: string;

  /** The e-mail address, URL, phone number, Zalo follower or Telegram chat at the time of the notice. */
  @Column('text')
  address!: string;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('text')
  kind!: string;

  @Column('uuid', { name: 'task_id', nullable: true })
  taskId!: string | null;

  @Column('text')
  status!: DeliveryStatus;

  /** Not before this instant (quiet hours). */
  @Column('timestamptz', { name: 'not_before' })
  notBefore!: Date;

  /** E-mail: { subject, text, html }; webhook: { body } (the JSON text that is signed); SMS, Zalo, Telegram: { text }. */
  @Column('jsonb')
  payload!: {
    subject?: string;
    text?: string;
    html?: string;
    body?: string;
    /** An e-mail's one-line text for SMS, Zalo or Telegram, should it fall back there (0083). */
    short?: string;
    /** Goes only while the person has not read the notice in the inbox (the unread-escalation fall-back, 0083). */
    unlessRead?: boolean;
    /** The delivery this one falls back from (0083). */
    fallbackOf?: string;
  };

  /**
   * The batch workflow that sends it (docs/decisions/0060-batched-deliveries.md); null
   * for rows sent by a delivery workflow of their own notice (before batches) or a re-drive.
   */
  @Column('text', { name: 'batch_id', nullable: true })
  batchId!: string | null;

  @Column('integer', { default: 0 })
  attempts!: number;

  /** The provider's id of the message sent (SMS, Zalo, Telegram), to match a delivery receipt (0076). */
  @Column('text', { name: 'provider_message_id', nullable: true })
  providerMessageId!: string | null;

  @Column('integer', { default: 0 })
  redrives!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * The next free sending slot of one webhook server (scheme://host:port): calls to it are
 * spaced 1/rate apart across every batch and worker process. One row per server.
 */
@Entity({ name: 'webhook_pacing' })
export class WebhookPacingEntity {
  @PrimaryColumn('text')
  origin!: string;

  @Column('timestamptz', { name: 'next_slot' })
  nextSlot!: Date;
}

/**
 * SMS a unit sent (reserved) on one local day, against `SMS_DAILY_BUDGET_PER_UNIT`
 * (docs/decisions/0083): counted in the short transaction that reserves them.
 */
@Entity({ name: 'sms_budget' })
export class SmsBudgetEntity {
  @PrimaryColumn('uuid', { name: 'unit_id' })
  unitId!: string;

  @PrimaryColumn('date')
  day!: string;

  @Column('integer', { default: 0 })
  used!: number;
}
