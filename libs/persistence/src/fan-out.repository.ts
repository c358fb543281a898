import type { DataSource, EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import { OPEN_STATUSES } from '@dondoc/domain';
import type { ForwardInput, StartTasksInput } from '@dondoc/workflow-contract';
import { DirectiveEntity, TaskCoordinatorEntity, TaskEntity } from './entities';

/** A page of tasks whose workflows are to be started, with what their inputs need. */
export interface TasksToStart {
  directive: DirectiveEntity;
  tasks: TaskEntity[];
  coordinators: TaskCoordinatorEntity[];
  /** The directive's own tasks (not sub-tasks): the acknowledgement period depends on it. */
  total: number;
}

/** The reads of a fan-out: which task workflows to start, and which ones to tell a command. */
export class FanOutRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The tasks named, or a page of the directive's own tasks (sub-tasks are started by
   * name when delegated). Named tasks need no directive id (one task leaving its cohort).
   */
  async tasksToStart(
    input: Partial<StartTasksInput> & ({ directiveId: string } | { taskIds: string[] }),
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TasksToStart | null> {
    const directiveId =
      input.directiveId ??
      (
        await manager
          .getRepository(TaskEntity)
          .findOne({ select: { directiveId: true }, where: { id: input.taskIds![0] } })
      )?.directiveId;
    if (!directiveId) return null;
    const directive = await manager.getRepository(DirectiveEntity).findOneByOrFail({ id: directiveId });
    const tasks = await manager.getRepository(TaskEntity).find({
      where: input.taskIds ? { directiveId, id: In(input.taskIds) } : { directiveId, parentTaskId: IsNull() },
      order: { position: 'ASC' },
      skip: input.taskIds ? undefined : input.offset,
      take: input.taskIds ? undefined : input.limit,
    });
    if (tasks.length === 0) return null;
    const coordinators = await manager
      .getRepository(TaskCoordinatorEntity)
      .find({ where: { taskId: In(tasks.map((t) => t.id)) }, order: { position: 'ASC' } });
    const total = await manager.getRepository(TaskEntity).countBy({ directiveId, parentTaskId: IsNull() });
    return { directive, tasks, coordinators, total };
  }

  /**
   * The tasks to tell a command: those named, or every open task of the directive. A
   * task told twice refuses (closed) or finds its event recorded (same event id): the
   * rows are its workflow's to judge, not the fan-out's.
   */
  async tasksToTell(input: ForwardInput): Promise<string[]> {
    const tasks = await this.dataSource.getRepository(TaskEntity).find({
      select: { id: true },
      where: input.taskIds
        ? { directiveId: input.directiveId, id: In(input.taskIds) }
        : { directiveId: input.directiveId, status: In([...OPEN_STATUSES]) },
    });
    return tasks.map((task) => task.id);
  }
}
