import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A request that a late unit explain itself (yêu cầu giải trình) and its answer, with a
 * reason category (LATENESS_REASONS in libs/domain). Written by the explanation
 * workflow's activities only.
 */
@Entity({ name: 'explanation_requests' })
@Index('ix_explanation_requests_task', ['taskId'])
@Index('ix_explanation_requests_unit', ['unitId', 'requestedAt'])
export class ExplanationRequestEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_explanation_requests_id' })
  id!: string;

  @Column('uuid', { name: 'task_id' })
  taskId!: string;

  /** The unit asked to explain: the task's lead unit when asked. */
  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  /** The assigning side that asks. */
  @Column('uuid', { name: 'requesting_unit_id' })
  requestingUnitId!: string;

  @Column('text', { name: 'requested_by' })
  requestedBy!: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  @Column('integer', { name: 'working_days' })
  workingDays!: number;

  @Column('text')
  note!: string;

  /** open | answered */
  @Column('text')
  status!: 'open' | 'answered';

  @Column('text', { name: 'answered_by', nullable: true })
  answeredBy!: string | null;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Column('text', { name: 'reason_category', nullable: true })
  reasonCategory!: string | null;

  @Column('text', { nullable: true })
  answer!: string | null;
}
