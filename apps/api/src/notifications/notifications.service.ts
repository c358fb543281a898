import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { NotFoundError, toZonedIso, type Scope, msg } from '@dondoc/domain';
import { negotiateLanguage } from '@dondoc/i18n';
import { deliveryState, renderNotice, type NoticeParams } from '@dondoc/notifications';
import { DeliveriesRepository, DeliveryReceiptsRepository, NotificationsRepository } from '@dondoc/persistence';
import type { InboxQuery } from './dto/inbox.query';
import type { InboxDto, NoticeDeliveryDto } from './dto/notification.response';

/**
 * One's inbox: notices, unread counts, marking read. A notice is worded here, when it is
 * read, in its reader's language: their stored preference, else what their client asks
 * for (Accept-Language), else Vietnamese (docs/decisions/0071-notices-rendered-at-read.md).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(NotificationsRepository) private readonly inbox: NotificationsRepository,
    @Inject(DeliveriesRepository) private readonly preferences: DeliveriesRepository,
    @Inject(DeliveryReceiptsRepository) private readonly receipts: DeliveryReceiptsRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async list(scope: Scope, query: InboxQuery, acceptLanguage?: string): Promise<InboxDto> {
    const [{ items, total }, unread, preference] = await Promise.all([
      this.inbox.list(scope, { unreadOnly: query.unread, limit: query.limit, offset: query.offset }),
      this.inbox.unreadCount(scope),
      this.preferences.language(scope.userId),
    ]);
    const lang = negotiateLanguage(preference, acceptLanguage);
    const tz = this.config.timezone;
    const deliveries = await this.deliveriesOf(
      scope.userId,
      items.map((n) => n.noticeId),
    );
    return {
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        level: n.level,
        ...renderNotice({ ...n, params: n.params as NoticeParams | null }, lang, tz),
        taskId: n.taskId,
        directiveId: n.directiveId,
        lateUnitId: n.lateUnitId,
        createdAt: toZonedIso(n.createdAt, tz),
        readAt: n.readAt ? toZonedIso(n.readAt, tz) : null,
        deliveries: deliveries.get(n.noticeId) ?? [],
      })),
      total,
      unread,
    };
  }

  /** Per notice, its deliveries to the reader on each channel with their state (0084). */
  private async deliveriesOf(userId: string, noticeIds: string[]): Promise<Map<string, NoticeDeliveryDto[]>> {
    const out = new Map<string, NoticeDeliveryDto[]>();
    for (const row of await this.receipts.ofNotices(userId, noticeIds)) {
      const seen = deliveryState(row);
      if (!seen || row.channel === 'webhook') continue;
      if (!out.has(row.noticeId)) out.set(row.noticeId, []);
      out
        .get(row.noticeId)!
        .push({ channel: row.channel, state: seen.state, at: toZonedIso(seen.at, this.config.timezone) });
    }
    return out;
  }

  unreadCount(scope: Scope): Promise<number> {
    return this.inbox.unreadCount(scope);
  }

  /** Marks one notice (or, without an id, all) read; someone else's notice is not found. */
  async markRead(scope: Scope, id?: string): Promise<number> {
    const marked = await this.inbox.markRead(scope, id);
    if (id && marked === 0 && !(await this.inbox.owns(scope, id)))
      throw new NotFoundError(msg('nouns.notification'), id);
    return marked;
  }
}
