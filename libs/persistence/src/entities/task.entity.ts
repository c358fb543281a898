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
import type { EscalationPolicy, Offset, ReminderPolicy, TaskPhase, TaskStatus } from '@dondoc/domain';
import { DirectiveEntity } from './directive.entity';
import { TaskCohortEntity } from './task-cohort.entity';
import { UnitEntity } from './unit.entity';

/** Who drives a task: its cohort's workflow, or its own. */
export type TaskDriver = 'cohort' | 'task';

@Entity({ name: 'tasks' })
@Index('ix_tasks_directive', ['directiveId'])
@Index('ix_tasks_lead_unit_status', ['leadUnitId', 'status'])
@Index('ix_tasks_deadline', ['deadline'])
@Index('ix_tasks_parent', ['parentTaskId'])
// The list's keyset pages of open tasks (docs/decisions/0055-keyset-lists.md).
@Index('ix_tasks_open_deadline', ['deadline', 'id'], { where: `"status" IN ('assigned', 'overdue')` })
@Index('ix_tasks_cohort_members', ['cohortId'], { where: `"driver" = 'cohort'` })
@Index('ix_tasks_handover', ['updatedAt'], { where: `"handover" IS NOT NULL` })
@Index('ix_tasks_open_lead_deadline', ['leadUnitId', 'deadline', 'id'], {
  where: `"status" IN ('assigned', 'overdue')`,
})
// The pages of the other buckets (TASK_BUCKET_WHERE, the overview's tiles): each walks its
// own bucket's rows in key order, never every task ever closed
// (docs/decisions/0061-directive-progress-counts.md).
@Index('ix_tasks_on_time_deadline', ['deadline', 'id'], {
  where: `"status" = 'completed' AND "completed_at" <= "deadline"`,
})
@Index('ix_tasks_late_deadline', ['deadline', 'id'], {
  where: `"status" = 'completed' AND ("completed_at" IS NULL OR "completed_at" > "deadline")`,
})
@Index('ix_tasks_cancelled_deadline', ['deadline', 'id'], { where: `"status" = 'cancelled'` })
// The reports waiting for a unit's review (GET /me/work): the assigning unit's tasks under review.
@Index('ix_tasks_review_assigning', ['assigningUnitId', 'reviewDeadline'], { where: `"phase" = 'under_review'` })
export class TaskEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'directive_id' })
  directiveId!: string;

  @ManyToOne(() => DirectiveEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directive_id' })
  directive!: Relation<DirectiveEntity>;

  @Column('integer')
  position!: number;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  /** A sub-task's parent: the task whose lead unit delegated this part (giao lại cho cấp dưới). */
  @Column('uuid', { name: 'parent_task_id', nullable: true })
  parentTaskId!: string | null;

  @ManyToOne(() => TaskEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_task_id' })
  parentTask!: Relation<TaskEntity> | null;

  /** 0 for a directive's own tasks, 1 for their sub-tasks, and so on down. */
  @Column('integer', { default: 0 })
  depth!: number;

  /**
   * The unit that assigned the task and reviews its reports: the directive's issuing
   * unit for its own tasks, the parent task's lead unit for a sub-task.
   */
  @Column('uuid', { name: 'assigning_unit_id' })
  assigningUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigning_unit_id' })
  assigningUnit!: Relation<UnitEntity>;

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

  /** Set for this task by its directive; null: the configuration's period when its workflow starts. */
  @Column('jsonb', { name: 'review_period', nullable: true })
  reviewPeriod!: Offset | null;

  @Column('jsonb', { name: 'revision_period', nullable: true })
  revisionPeriod!: Offset | null;

  /** Where the follow-up stands: awaiting_ack, in_progress, under_review, revising, completed, cancelled. */
  @Column('text', { default: 'awaiting_ack' })
  phase!: TaskPhase;

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

  /** Why the report went in before every sub-task was completed, when it did. */
  @Column('text', { name: 'subtask_override_reason', nullable: true })
  subtaskOverrideReason!: string | null;

  /** The cohort that followed (or follows) the task; null for a task followed by its own workflow from the start. */
  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => TaskCohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort!: Relation<TaskCohortEntity> | null;

  /**
   * Who drives the task now (docs/decisions/0065-task-cohorts.md): `cohort` (its cohort's
   * workflow), `task` (its own workflow, once it left the cohort), null (its own workflow
   * from the start: tasks recorded before cohorts, sub-tasks, tasks added by amendment).
   */
  @Column('text', { nullable: true })
  driver!: TaskDriver | null;

  /** The input the task's own workflow starts with after leaving its cohort, until that workflow confirms it runs. */
  @Column('jsonb', { nullable: true })
  handover!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => TaskCoordinatorEntity, (coordinator) => coordinator.task)
  coordinators!: Relation<TaskCoordinatorEntity>[];

  @OneToMany(() => TaskIndicatorEntity, (indicator) => indicator.task)
  indicators!: Relation<TaskIndicatorEntity>[];
}

// Beside the task in one file: they and the task refer to each other.
/** A coordinating unit (đơn vị phối hợp) of a task. */
@Entity({ name: 'task_coordinators' })
@Index('ix_task_coordinators_unit', ['unitId'])
export class TaskCoordinatorEntity {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @PrimaryColumn('uuid', { name: 'unit_id' })
  unitId!: string;

  /** Where the document lists this unit among the coordinating units. */
  @Column('integer', { default: 0 })
  position!: number;

  @ManyToOne(() => TaskEntity, (task) => task.coordinators, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task!: Relation<TaskEntity>;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit!: Relation<UnitEntity>;
}

/** A measurable target (chỉ tiêu) of a task. */
@Entity({ name: 'task_indicators' })
export class TaskIndicatorEntity {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @PrimaryColumn('integer')
  position!: number;

  @ManyToOne(() => TaskEntity, (task) => task.indicators, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task!: Relation<TaskEntity>;

  @Column('text')
  name!: string;

  @Column('text', { name: 'unit_of_measure' })
  unitOfMeasure!: string;

  @Column('numeric', { nullable: true })
  target!: string | null;
}
