import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A row of a user's in-app inbox. `notice_id` is deterministic (task, obligation,
 * instant), so a retried activity never delivers the same notice twice to a user.
 */
@Entity({ name: 'notifications' })
@Index('ux_notifications_notice_user', ['noticeId', 'userId'], { unique: true })
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
@Index('ix_notifications_task', ['taskId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'notice_id' })
  noticeId!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  /** task_assigned, ack_due, reminder, overdue, escalation, report_submitted, report_returned, review_due, extension_requested, extension_decided, cancelled */
  @Column('text')
  kind!: string;

  @Column('integer', { nullable: true })
  level!: number | null;

  @Column('uuid', { name: 'late_unit_id', nullable: true })
  lateUnitId!: string | null;

  @Column('uuid', { name: 'task_id', nullable: true })
  taskId!: string | null;

  @Column('uuid', { name: 'directive_id', nullable: true })
  directiveId!: string | null;

  /**
   * What the notice says, as parameters rendered when it is read in the reader's language
   * (@dondoc/notifications renderNotice; docs/decisions/0071): never words. Null on rows
   * written before, which hold `title` and `body` instead.
   */
  @Column('jsonb', { nullable: true })
  params!: Record<string, unknown> | null;

  /** Legacy rows only (before params): the text glued "tiếng Việt / English". Null since. */
  @Column('text', { nullable: true })
  title!: string | null;

  @Column('text', { nullable: true })
  body!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;
}
