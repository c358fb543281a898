import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A report submitted for a task (báo cáo), one row per submission, with its review. */
@Entity({ name: 'task_reports' })
@Index('ux_task_reports_version', ['taskId', 'version'], { unique: true })
export class TaskReportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'task_id' })
  taskId!: string;

  @Column('integer')
  version!: number;

  @Column('text')
  text!: string;

  @Column('jsonb', { name: 'indicator_values' })
  /** `note` on a value: a consolidating unit's adjustment of its roll-up, and why. */
  indicatorValues!: { name: string; value: number; note?: string }[];

  @Column('jsonb')
  attachments!: string[];

  @Column('text', { name: 'submitted_by' })
  submittedBy!: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  /** Submitted after the deadline in force: still counts, as completed late. */
  @Column('boolean')
  late!: boolean;

  /** accepted | returned, null while waiting for review. */
  @Column('text', { name: 'review_outcome', nullable: true })
  reviewOutcome!: 'accepted' | 'returned' | null;

  @Column('text', { name: 'review_comment', nullable: true })
  reviewComment!: string | null;

  @Column('text', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;
}
