import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DirectiveEntity } from './directive.entity';

/** What a directive's own task counts as: open (its bucket then depends on the clock) or settled. */
export type TaskCountState = 'open' | 'completed_on_time' | 'completed_late' | 'cancelled';

/**
 * How many of a directive's own tasks (not sub-tasks) are in each state, per deadline: the
 * progress its issuing side sees in the directive list, kept by triggers on `tasks` in the
 * transaction of every write of a task row, whoever writes it (migration
 * 1795501100000-directive-task-counts, docs/decisions/0061-directive-progress-counts.md).
 * Open tasks are counted per deadline so that a reader splits them into within deadline and
 * overdue at its own instant, with no job re-bucketing them when a deadline passes.
 * Written by the triggers only; read by DirectivesRepository.bucketCounts.
 */
@Entity({ name: 'directive_task_counts' })
export class DirectiveTaskCountEntity {
  @PrimaryColumn('uuid', { name: 'directive_id' })
  directiveId!: string;

  @PrimaryColumn('text')
  state!: TaskCountState;

  /** The open tasks' current deadline; -infinity for settled ones (their bucket no longer depends on the clock). */
  @PrimaryColumn('timestamptz')
  deadline!: Date;

  @Column('integer')
  n!: number;

  @ManyToOne(() => DirectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'directive_id' })
  directive!: Relation<DirectiveEntity>;
}
