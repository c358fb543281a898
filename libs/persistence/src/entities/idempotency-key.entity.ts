import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An Idempotency-Key as used, for its window (IDEMPOTENCY_KEY_TTL_SECONDS, 24 h by
 * default): its id (derived from the caller and the key), the resource it names, and
 * the fingerprint of the request's canonical body, so that the same key with another
 * body is refused (422) rather than silently replayed. Rows past the window are deleted.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The directive or delegation the key names (rows from before 2026-11 name the key's own id). */
  @Column('uuid', { name: 'resource_id' })
  resourceId!: string;

  /** SHA-256 (hex) of the canonical JSON of the request body. */
  @Column('varchar', { length: 64 })
  fingerprint!: string;

  @Index('ix_idempotency_keys_created_at')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
