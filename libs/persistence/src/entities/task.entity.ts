import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { EscalationPolicy, ReminderPolicy, TaskStatus } from '@dondoc/domain';
import { DirectiveEntity } from './directive.entity';
import { TaskCoordinatorEntity, TaskIndicatorEntity } from './task-extras.entity';
import { UnitEntity } from './unit.entity';

@Entity({ name: 'tasks' })
@Index('ix_tasks_directive', ['directiveId'])
@Index('ix_tasks_lead_unit_status', ['leadUnitId', 'status'])
@Index('ix_tasks_deadline', ['deadline'])
export class TaskEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'directive_id' })
  directiveId!: string;

  @ManyToOne(() => DirectiveEntity, (directive) => directive.tasks, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id' })
  directive!: Relation<DirectiveEntity>;

  @Column('integer')
  position!: number;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  /** The unit that owns the task (đơn vị chủ trì). */
  @Column('uuid', { name: 'lead_unit_id' })
  leadUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id' })
  leadUnit!: Relation<UnitEntity>;

  @Column('text')
  status!: TaskStatus;

  /** The deadline first set. */
  @Column('timestamptz', { name: 'original_deadline' })
  originalDeadline!: Date;

  /** The deadline in force (changes on an approved extension or an amendment). */
  @Column('timestamptz')
  deadline!: Date;

  /** When the deadline was given as N working days from issue, N. */
  @Column('integer', { name: 'deadline_working_days', nullable: true })
  deadlineWorkingDays!: number | null;

  @Column('boolean', { name: 'report_required', default: true })
  reportRequired!: boolean;

  @Column('text', { name: 'report_template', nullable: true })
  reportTemplate!: string | null;

  @Column('jsonb', { name: 'reminder_policy' })
  reminderPolicy!: ReminderPolicy;

  @Column('jsonb', { name: 'escalation_policy' })
  escalationPolicy!: EscalationPolicy;

  /** Where the follow-up stands: awaiting_ack, in_progress, under_review, revising, completed, cancelled. */
  @Column('text', { default: 'awaiting_ack' })
  phase!: string;

  @Column('timestamptz', { name: 'ack_deadline', nullable: true })
  ackDeadline!: Date | null;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  @Column('timestamptz', { name: 'review_deadline', nullable: true })
  reviewDeadline!: Date | null;

  @Column('timestamptz', { name: 'revision_deadline', nullable: true })
  revisionDeadline!: Date | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => TaskCoordinatorEntity, (coordinator) => coordinator.task)
  coordinators!: Relation<TaskCoordinatorEntity>[];

  @OneToMany(() => TaskIndicatorEntity, (indicator) => indicator.task)
  indicators!: Relation<TaskIndicatorEntity>[];
}
