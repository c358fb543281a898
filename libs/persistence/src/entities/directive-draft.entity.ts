import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DraftComment, DraftKind, DraftStatus } from '@dondoc/domain';

/**
 * A directive's draft (dự thảo) on its way to a leader's signature
 * (docs/decisions/0074-drafts-and-approval.md). Written by the API only, each change
 * with its audit row (`draft.*`, entity type `draft`) in the same transaction; the
 * approval workflow `approval:<id>:<submission>` only reads it before a reminder.
 * `body` is the request POST /directives (or an amendment) takes, kept as written until approved.
 */
@Entity({ name: 'directive_drafts' })
@Index('ix_directive_drafts_unit', ['unitId', 'updatedAt'])
@Index('ix_directive_drafts_approver', ['approverUserId', 'status'])
export class DirectiveDraftEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_directive_drafts_id' })
  id!: string;

  /** A new directive (`body` is its request), or an amendment of `directive_id` (`body` is the amendment). */
  @Column('text', { default: 'directive' })
  kind!: DraftKind;

  /** The drafting unit: its people see and edit the draft. */
  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  /** The unit the directive will be issued in the name of (the approver is its leader). */
  @Column('uuid', { name: 'issuing_unit_id' })
  issuingUnitId!: string;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('text')
  title!: string;

  @Column('jsonb')
  body!: object;

  /** Optimistic concurrency: every change adds one; an edit of an older version is refused (409). */
  @Column('integer')
  version!: number;

  @Column('text')
  status!: DraftStatus;

  /** How many times it was submitted: names the approval workflow of the latest. */
  @Column('integer')
  submission!: number;

  @Column('uuid', { name: 'approver_user_id', nullable: true })
  approverUserId!: string | null;

  @Column('uuid', { name: 'approver_unit_id', nullable: true })
  approverUnitId!: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  /** The approvers' comments of each return, oldest first: kept and shown with the draft. */
  @Column('jsonb', { default: () => "'[]'" })
  comments!: DraftComment[];

  @Column('text', { name: 'reject_reason', nullable: true })
  rejectReason!: string | null;

  /** The directive its approval issued, or the one an amendment draft amends. */
  @Column('uuid', { name: 'directive_id', nullable: true })
  directiveId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
