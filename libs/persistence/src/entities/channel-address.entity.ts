import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from './user.entity';

export type AddressChannel = 'sms' | 'zalo' | 'telegram';

/**
 * One of a person's addresses on a message channel (docs/decisions/0081): a phone number
 * (SMS), a Zalo follower id, a Telegram chat id. Pending until verified (a code sent by SMS,
 * a /start token, a code sent to the OA); only a verified address that is not removed
 * receives anything. At most one pending and one verified address per person and channel.
 */
@Entity({ name: 'channel_addresses' })
@Index('ux_channel_addresses_verified', ['userId', 'channel'], {
  unique: true,
  where: 'verified_at IS NOT NULL AND removed_at IS NULL',
})
@Index('ux_channel_addresses_pending', ['userId', 'channel'], {
  unique: true,
  where: 'verified_at IS NULL AND removed_at IS NULL',
})
@Index('ix_channel_addresses_code', ['channel', 'codeHash'], {
  where: 'verified_at IS NULL AND removed_at IS NULL',
})
export class ChannelAddressEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_channel_addresses_id' })
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_channel_addresses_user' })
  user!: Relation<UserEntity>;

  @Column('text')
  channel!: AddressChannel;

  /** +84… for SMS, the follower's id for Zalo, the chat id for Telegram; null until known (a link pending). */
  @Column('text', { nullable: true })
  address!: string | null;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;

  /** SHA-256 of the one-time code or link token (never the code itself); null once used. */
  @Column('text', { name: 'code_hash', nullable: true })
  codeHash!: string | null;

  @Column('timestamptz', { name: 'code_expires_at', nullable: true })
  codeExpiresAt!: Date | null;

  /** Wrong codes tried against this address. */
  @Column('integer', { name: 'code_attempts', default: 0 })
  codeAttempts!: number;

  /** Codes sent for this address (the first and the resends). */
  @Column('integer', { name: 'code_sends', default: 0 })
  codeSends!: number;

  @Column('timestamptz', { name: 'code_sent_at', nullable: true })
  codeSentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
