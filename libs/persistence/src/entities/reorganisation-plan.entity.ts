import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ReorganisationMove, ReorganisationProgress } from '@dondoc/workflow-contract';

export type ReorganisationPlanStatus = 'planned' | 'cancelled' | 'refused' | 'applying' | 'applied';

/**
 * A reorganisation plan stored for its effective instant (docs/decisions/0077): its
 * operations as read, and the counts its preview gave when stored. Cancelled until the
 * instant; then its workflow applies it (docs/decisions/0078): refused, or applying → applied.
 */
@Entity({ name: 'reorganisation_plans' })
@Index('ix_reorganisation_plans_due', ['effectiveAt'], { where: `"status" = 'planned'` })
export class ReorganisationPlanEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_reorganisation_plans_id' })
  id!: string;

  @Column('text')
  status!: ReorganisationPlanStatus;

  /** The operations, as libs/domain's parsePlan or planFromCsv read them. */
  @Column('jsonb')
  operations!: object[];

  @Column('timestamptz', { name: 'effective_at' })
  effectiveAt!: Date;

  /** The preview's counts per kind when the plan was stored. */
  @Column('jsonb')
  counts!: Record<string, number>;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('text', { name: 'cancelled_by', nullable: true })
  cancelledBy!: string | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('timestamptz', { name: 'applied_at', nullable: true })
  appliedAt!: Date | null;

  /** Written by the apply's first transaction: the hand-overs its workflow then makes. */
  @Column('jsonb', { nullable: true })
  moves!: ReorganisationMove[] | null;

  @Column('jsonb', { nullable: true })
  progress!: ReorganisationProgress | null;

  /** The conflicts found at the instant, when they refused the plan. */
  @Column('jsonb', { nullable: true })
  conflicts!: { kind: string; field: string; subjects: string[] }[] | null;
}
