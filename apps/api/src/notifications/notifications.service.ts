import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { NotFoundError, toZonedIso, type Scope, msg } from '@dondoc/domain';
import { negotiateLanguage } from '@dondoc/i18n';
import { renderNotice, type NoticeParams } from '@dondoc/notifications';
import { DeliveriesRepository, NotificationsRepository } from '@dondoc/persistence';
import type { InboxQuery } from './dto/inbox.query';
import type { InboxDto } from './dto/notification.response';

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
      })),
      total,
      unread,
    };
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
