import type { DataSource } from 'typeorm';
import type { NoticeInput } from '@dondoc/workflow-contract';
import { NotificationEntity, TaskEntity, UnitEntity, UserEntity } from './entities';

/** One in-app notice as it is written to each recipient's inbox. */
export interface InboxNotice {
  input: NoticeInput;
  task: TaskEntity;
  title: string;
  body: string;
}

/**
 * What a task notice reads and writes: the task it is about (for the self-check before
 * sending), who receives it, the inbox rows, and the units an escalation climbs.
 */
export class InboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The task with its directive, re-read when the notice goes out. */
  task(taskId: string): Promise<TaskEntity | null> {
    return this.dataSource.getRepository(TaskEntity).findOne({ where: { id: taskId }, relations: { directive: true } });
  }

  activeUsers(unitId: string): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ where: { unitId, active: true } });
  }

  unit(unitId: string): Promise<UnitEntity | null> {
    return this.dataSource.getRepository(UnitEntity).findOneBy({ id: unitId });
  }

  /** Writes the notice to each user's inbox; rows are unique per (notice, user). Returns how many are new. */
  async deliver(notice: InboxNotice, users: UserEntity[]): Promise<number> {
    if (users.length === 0) return 0;
    const { input, task } = notice;
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        users.map((user) => ({
          noticeId: input.noticeId,
          userId: user.id,
          unitId: input.targetUnitId,
          kind: input.kind,
          level: input.level ?? null,
          lateUnitId: input.lateUnitId ?? null,
          taskId: task.id,
          directiveId: task.directiveId,
          title: notice.title,
          body: notice.body,
        })),
      )
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }

  /** Unit ids from `fromUnitId` up to `toUnitId` (inclusive), or to the root when toUnitId is null. */
  async escalationChain(fromUnitId: string, toUnitId: string | null): Promise<string[]> {
    const from = await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: fromUnitId });
    const ids = from.path.split('/').filter(Boolean).reverse();
    const end = toUnitId ? ids.indexOf(toUnitId) : ids.length - 1;
    return end >= 0 ? ids.slice(0, end + 1) : ids;
  }
}
