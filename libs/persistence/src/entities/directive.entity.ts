import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { DirectiveStatus } from '@dondoc/domain';
import { TaskEntity } from './task.entity';

@Entity({ name: 'directives' })
export class DirectiveEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  status!: DirectiveStatus;

  @Column('timestamptz', { name: 'accepted_at' })
  acceptedAt!: Date;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => TaskEntity, (task) => task.directive)
  tasks!: Relation<TaskEntity>[];
}
