import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A request for a new deadline (gia hạn) and its decision. */
@Entity({ name: 'extension_requests' })
@Index('ix_extension_requests_task', ['taskId'])
export class ExtensionRequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'task_id' })
  taskId!: string;

  @Column('timestamptz', { name: 'requested_deadline' })
  requestedDeadline!: Date;

  @Column('text')
  reason!: string;

  @Column('text', { name: 'requested_by' })
  requestedBy!: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  /** pending | approved | rejected */
  @Column('text')
  status!: 'pending' | 'approved' | 'rejected';

  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('text', { name: 'decision_comment', nullable: true })
  decisionComment!: string | null;
}
