import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A file attached to an owner (a directive, task, report or explanation: `owner_kind` and
 * `owner_id`), its bytes kept by the attachment store under their SHA-256. A removal marks
 * the row; the bytes stay for the auditor (docs/decisions/0075-attachments.md). The owner's
 * directive is kept beside it, so the secret rule finds its files' names in one join.
 */
@Entity({ name: 'attachments' })
@Index('ix_attachments_owner', ['ownerKind', 'ownerId', 'createdAt'])
@Index('ix_attachments_directive', ['directiveId'])
export class AttachmentEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_attachments_id' })
  id!: string;

  @Column('text', { name: 'owner_kind' })
  ownerKind!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('uuid', { name: 'directive_id' })
  directiveId!: string;

  /** As the uploader named it: NFC, no path, no control characters. */
  @Column('text')
  name!: string;

  /** Found by sniffing the bytes. */
  @Column('text', { name: 'media_type' })
  mediaType!: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  /** Hex SHA-256 of the bytes: the store's key and the audit trail's proof. */
  @Column('char', { length: 64 })
  sha256!: string;

  @Column('text', { name: 'uploaded_by' })
  uploadedBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;

  @Column('text', { name: 'removed_by', nullable: true })
  removedBy!: string | null;
}
