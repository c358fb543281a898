import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An Idempotency-Key as used: the id of the resource it names (derived from the
 * caller and the key) and the fingerprint of the request's canonical body, so that the
 * same key with another body is refused (422) rather than silently replayed.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** SHA-256 (hex) of the canonical JSON of the request body. */
  @Column('varchar', { length: 64 })
  fingerprint!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
