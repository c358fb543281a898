import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { INBOX_EXAMPLE, InboxQuery } from './dto/inbox.query';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(@Inject(NotificationsService) private readonly inbox: NotificationsService) {}

  @Get()
  @ApiOkResponse({ schema: { example: INBOX_EXAMPLE } })
  list(@CurrentScope() scope: Scope, @Query() query: InboxQuery) {
    return this.inbox.list(scope, query);
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
    return { marked: await this.inbox.markRead(scope, id) };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: { example: { marked: 7 } } })
  async readAll(@CurrentScope() scope: Scope) {
    return { marked: await this.inbox.markRead(scope) };
  }
}
