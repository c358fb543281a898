import type { DataSource } from 'typeorm';
import type { Scope } from '@dondoc/domain';
import { NotificationEntity } from './entities';

/** The signed-in user's inbox; every query is by the caller's own user id. */
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: { unreadOnly?: boolean; limit: number; offset: number }) {
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: scope.userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.unreadOnly) query.andWhere('n.read_at IS NULL');
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  unreadCount(scope: Scope): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :u AND n.read_at IS NULL', { u: scope.userId })
      .getCount();
  }

  owns(scope: Scope, id: string): Promise<boolean> {
    return this.dataSource.getRepository(NotificationEntity).existsBy({ id, userId: scope.userId });
  }

  /** Marks one (or, without an id, every) notice of the caller read; returns how many changed. */
  async markRead(scope: Scope, id?: string): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :u AND read_at IS NULL', { u: scope.userId });
    if (id) query.andWhere('id = :id', { id });
    return (await query.execute()).affected ?? 0;
  }
}
