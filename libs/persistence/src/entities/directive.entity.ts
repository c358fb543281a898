import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { Confidentiality, DirectiveStatus, Urgency } from '@dondoc/domain';
import { UnitEntity } from './unit.entity';

/**
 * A directive (văn bản chỉ đạo). Its document number is unique per issuing unit,
 * type, number and year of issue (numbers restart each term).
 */
@Entity({ name: 'directives' })
// Rounds of a reporting cycle share their legal basis's number: only directives proper are unique by it.
@Index('ux_directives_document', ['issuingUnitId', 'docType', 'docNumber', 'issueYear'], {
  unique: true,
  where: '"reporting_cycle_id" IS NULL',
})
@Index('ix_directives_issuer', ['issuingUnitId'])
// The content gate asks for the secret ones on every request (docs/secret-content.md).
@Index('ix_directives_secret', ['id'], { where: `"confidentiality" = 'secret'` })
// The list's keyset pages, newest first (docs/decisions/0055-keyset-lists.md).
@Index('ix_directives_list_order', ['issueDate', 'createdAt', 'id'])
export class DirectiveEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** As written, e.g. "290-QĐ/TW". */
  @Column('text', { name: 'document_number' })
  documentNumber!: string;

  /** Canonical form, e.g. "290-QĐ/TW". */
  @Column('text', { name: 'document_number_normalized' })
  documentNumberNormalized!: string;

  @Column('integer', { name: 'doc_number' })
  docNumber!: number;

  /** Canonical type code, e.g. QĐ. */
  @Column('text', { name: 'doc_type' })
  docType!: string;

  @Column('text', { name: 'doc_issuer' })
  docIssuer!: string;

  @Column('integer', { name: 'issue_year' })
  issueYear!: number;

  @Column('date', { name: 'issue_date' })
  issueDate!: string;

  @Column('uuid', { name: 'issuing_unit_id' })
  issuingUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuing_unit_id' })
  issuingUnit!: Relation<UnitEntity>;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  summary!: string | null;

  /** Number and title without diacritics, upper case, for search. */
  @Column('text', { name: 'search_text' })
  searchText!: string;

  @Column('text', { default: 'normal' })
  confidentiality!: Confidentiality;

  @Column('text', { default: 'normal' })
  urgency!: Urgency;

  @Column('text')
  status!: DirectiveStatus;

  @Column('timestamptz', { name: 'accepted_at' })
  acceptedAt!: Date;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;

  /** Set on a round of a reporting cycle: its tasks are periodic reports for `periodKey`. */
  @Column('uuid', { name: 'reporting_cycle_id', nullable: true })
  reportingCycleId!: string | null;

  @Column('text', { name: 'period_key', nullable: true })
  periodKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
