import { In, type DataSource } from 'typeorm';
import { NotificationPreferenceEntity, TaskEntity, UserEntity } from './entities';

/** What the daily digest reads: who gets one, and the tasks it lists for each. */
export class DigestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Active users who asked for the digest and have an address, with their unit. */
  recipients(): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin(NotificationPreferenceEntity, 'p', 'p.user_id = u.id AND p.digest')
      .innerJoinAndSelect('u.unit', 'unit')
      .where('u.active AND u.email IS NOT NULL')
      .getMany();
  }

  /** The unit's open tasks (assigned or overdue), earliest deadline first, with their directive. */
  openTasksLedBy(unitId: string, limit: number): Promise<TaskEntity[]> {
    return this.dataSource.getRepository(TaskEntity).find({
      where: { leadUnitId: unitId, status: In(['assigned', 'overdue']) },
      relations: { directive: true },
      order: { deadline: 'ASC' },
      take: limit,
    });
  }

  /** The tasks the user was told of an escalation about in the last day, each with its highest level. */
  escalationsReceived(userId: string): Promise<{ task_id: string; level: number | null }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (task_id) task_id, level FROM notifications
        WHERE user_id = $1 AND kind = 'escalation' AND created_at > now() - interval '1 day' AND task_id IS NOT NULL
        ORDER BY task_id, level DESC NULLS LAST`,
      [userId],
    );
  }

  /** These tasks, with their directive and lead unit. */
  tasksWithLeadUnit(ids: string[]): Promise<TaskEntity[]> {
    return this.dataSource.getRepository(TaskEntity).find({
      where: { id: In(ids) },
      relations: { directive: true, leadUnit: true },
    });
  }
}
