import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const bigint = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * A resumable upload under way (docs/decisions/0075-attachments.md, "Resumable uploads"): the
 * file announced (owner, name, size), how many of its bytes have arrived in order, and the
 * store's handle on the chunks (the S3 multipart upload's id; empty for the embedded store).
 * Deleted when completed, abandoned, or expired; the attachment it becomes is the audited row.
 */
@Entity({ name: 'attachment_uploads' })
@Index('ix_attachment_uploads_expires', ['expiresAt'])
export class AttachmentUploadEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_attachment_uploads_id' })
  id!: string;

  @Column('text', { name: 'owner_kind' })
  ownerKind!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('text')
  name!: string;

  @Column('bigint', { transformer: bigint })
  size!: number;

  /** Bytes 0..received-1 have arrived. */
  @Column('bigint', { transformer: bigint, default: 0 })
  received!: number;

  @Column('text', { name: 'store_ref' })
  storeRef!: string;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** Pushed on by every chunk; past it the session and its chunks are removed. */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;
}
