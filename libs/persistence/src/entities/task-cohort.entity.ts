import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { CohortProgress, EscalationPolicy, ReminderPolicy } from '@dondoc/domain';
import { DirectiveEntity } from './directive.entity';

/**
 * Tasks of one directive followed together (docs/decisions/0065-task-cohorts.md): they
 * share the deadline, the acknowledgement deadline, the policies and the length of their
 * escalation chain, so every reminder and escalation step falls due for all of them at
 * one instant. `progress` is where the cohort's follow-up stands (the same bookkeeping a
 * task workflow keeps: reminders sent, ladder steps, overdue marks), written by the
 * cohort's step in the same transaction as the step's notices.
 */
@Entity({ name: 'task_cohorts' })
@Index('ux_task_cohorts_key', ['directiveId', 'key'], { unique: true })
export class TaskCohortEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'directive_id' })
  directiveId!: string;

  @ManyToOne(() => DirectiveEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id' })
  directive!: Relation<DirectiveEntity>;

  /** What the members share, as text (cohortKey in libs/domain). */
  @Column('text')
  key!: string;

  @Column('uuid', { name: 'issuing_unit_id' })
  issuingUnitId!: string;

  @Column('timestamptz')
  deadline!: Date;

  @Column('timestamptz', { name: 'ack_deadline' })
  ackDeadline!: Date;

  /** Units from a member's lead unit up to the issuing unit, inclusive: the same for every member. */
  @Column('integer', { name: 'chain_length' })
  chainLength!: number;

  @Column('jsonb', { name: 'reminder_policy' })
  reminderPolicy!: ReminderPolicy;

  @Column('jsonb', { name: 'escalation_policy' })
  escalationPolicy!: EscalationPolicy;

  @Column('jsonb')
  progress!: CohortProgress;

  /** Steps written so far. */
  @Column('integer', { default: 0 })
  steps!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
