import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The Zalo OA's current token pair (decisions 76 and 81): the refresh token is single-use
 * and each refresh answers a new one, so the pair lives here, shared by every worker and
 * kept across restarts. One row per Zalo app.
 */
@Entity({ name: 'zalo_tokens' })
export class ZaloTokenEntity {
  @PrimaryColumn('text', { name: 'app_id', primaryKeyConstraintName: 'PK_zalo_tokens_app_id' })
  appId!: string;

  @Column('text', { name: 'access_token' })
  accessToken!: string;

  @Column('text', { name: 'refresh_token' })
  refreshToken!: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
