import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { AppConfig } from '@dondoc/config';
import { NotFoundError, toZonedIso, type Scope } from '@dondoc/domain';
import { NotificationsRepository } from '@dondoc/persistence';
import { CurrentScope } from './auth/auth.guard';
import { PagingQuery, toBoolean } from './common/paging.dto';
import { UuidParam } from './common/uuid.pipe';

export class InboxQuery extends PagingQuery {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    @Inject(NotificationsRepository) private readonly inbox: NotificationsRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            id: '…',
            kind: 'escalation',
            level: 2,
            title: 'Báo cáo vượt cấp: đơn vị chậm thực hiện: Báo cáo quý / Escalation: a unit is late',
            body: '461-QĐ/TU — …\nHạn / deadline: 15/12/2026 17:00\nĐơn vị chậm / late unit: Hội Nông dân tỉnh',
            taskId: '…',
            directiveId: '…',
            createdAt: '2026-12-16T08:00:00+07:00',
            readAt: null,
          },
        ],
        total: 1,
        unread: 1,
      },
    },
  })
  async list(@CurrentScope() scope: Scope, @Query() query: InboxQuery) {
    const [{ items, total }, unread] = await Promise.all([
      this.inbox.list(scope, { unreadOnly: query.unread, limit: query.limit, offset: query.offset }),
      this.inbox.unreadCount(scope),
    ]);
    const tz = this.config.timezone;
    return {
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        level: n.level,
        title: n.title,
        body: n.body,
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

  @Get('unread-count')
  @ApiOkResponse({ schema: { example: { unread: 3 } } })
  async unread(@CurrentScope() scope: Scope) {
    return { unread: await this.inbox.unreadCount(scope) };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: { example: { marked: 1 } } })
  async read(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    const marked = await this.inbox.markRead(scope, id);
    if (marked === 0 && !(await this.inbox.owns(scope, id))) throw new NotFoundError('thông báo / notification', id);
    return { marked };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: { example: { marked: 7 } } })
  async readAll(@CurrentScope() scope: Scope) {
    return { marked: await this.inbox.markRead(scope) };
  }
}
