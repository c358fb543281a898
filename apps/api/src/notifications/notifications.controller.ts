import { Controller, Get, Headers, HttpCode, HttpStatus, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { InboxQuery } from './dto/inbox.query';
import { NotificationsService } from './notifications.service';
import { InboxDto, MarkedReadDto, UnreadCountDto } from './dto/notification.response';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(@Inject(NotificationsService) private readonly inbox: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: InboxDto })
  list(
    @CurrentScope() scope: Scope,
    @Query() query: InboxQuery,
    @Headers('accept-language') language?: string,
  ): Promise<InboxDto> {
    return this.inbox.list(scope, query, language);
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountDto })
  async unread(@CurrentScope() scope: Scope): Promise<UnreadCountDto> {
    return { unread: await this.inbox.unreadCount(scope) };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MarkedReadDto })
  async read(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<MarkedReadDto> {
    return { marked: await this.inbox.markRead(scope, id) };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MarkedReadDto })
  async readAll(@CurrentScope() scope: Scope): Promise<MarkedReadDto> {
    return { marked: await this.inbox.markRead(scope) };
  }
}
