import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TaskEntity } from './task.entity';
import { UnitEntity } from './unit.entity';

/** A coordinating unit (đơn vị phối hợp) of a task. */
@Entity({ name: 'task_coordinators' })
@Index('ix_task_coordinators_unit', ['unitId'])
export class TaskCoordinatorEntity {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @PrimaryColumn('uuid', { name: 'unit_id' })
  unitId!: string;

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
