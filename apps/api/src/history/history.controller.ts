import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { HistoryQuery } from './dto/history.query';
import { HistoryService } from './history.service';

const DESCRIPTION =
  'Lịch sử theo thời gian: ai làm gì, khi nào (trường thay đổi trước → sau) và các thông báo hệ thống đã gửi (nhắc hạn, đôn đốc, quá hạn, vượt cấp) với tình trạng gửi / ' +
  'who did what and when (fields before → after) and the notices the system sent, with their delivery status, in time order';

@ApiTags('history')
@ApiBearerAuth()
@Controller()
export class HistoryController {
  constructor(@Inject(HistoryService) private readonly history: HistoryService) {}

  @Get('tasks/:id/history')
  @ApiOkResponse({ description: DESCRIPTION })
  task(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Query() query: HistoryQuery) {
    return this.history.ofTask(scope, id, query);
  }

  @Get('directives/:id/history')
  @ApiOkResponse({ description: `${DESCRIPTION}; the directive, its tasks and all sub-tasks` })
  directive(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Query() query: HistoryQuery) {
    return this.history.ofDirective(scope, id, query);
  }

  @Get('units/:id/history')
  @ApiOkResponse({ description: `${DESCRIPTION}; the unit and the tasks it leads` })
  unit(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Query() query: HistoryQuery) {
    return this.history.ofUnit(scope, id, query);
  }

  @Get('users/:id/history')
  @ApiOkResponse({ description: 'Những việc một người đã làm / what a person did' })
  user(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Query() query: HistoryQuery) {
    return this.history.ofUser(scope, id, query);
  }
}
