import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One sign-in and every token pair rotated from it. Access and refresh tokens name their
 * family (`fam`); a revoked family's tokens are all refused. A refresh token presented a
 * second time revokes its family (SessionsRepository.rotate).
 */
@Entity({ name: 'session_families' })
@Index('ix_session_families_user', ['userId'])
@Index('ix_session_families_expires_at', ['expiresAt'])
export class SessionFamilyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When its newest refresh token expires; after it the family and its tokens are deleted. */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  /** Why: `refresh_token_reused`. */
  @Column('text', { name: 'revoked_reason', nullable: true })
  revokedReason!: string | null;
}

/** A refresh token by its id (`jti`): exchanged once (`used_at`), never twice. */
@Entity({ name: 'refresh_tokens' })
@Index('ix_refresh_tokens_family', ['familyId'])
export class RefreshTokenEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  @ManyToOne(() => SessionFamilyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id' })
  family!: Relation<SessionFamilyEntity>;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
