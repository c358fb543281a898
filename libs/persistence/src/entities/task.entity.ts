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
import type { TaskStatus } from '@dondoc/domain';
import { DirectiveEntity } from './directive.entity';

@Entity({ name: 'tasks' })
@Index('ix_tasks_directive', ['directiveId'])
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

  @Column('text')
  status!: TaskStatus;

  /** The deadline first set. */
  @Column('timestamptz', { name: 'original_deadline' })
  originalDeadline!: Date;

  /** The deadline in force (changes on an approved extension). */
  @Column('timestamptz')
  deadline!: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
