import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, ScopeReadAt } from '../auth/auth.guard';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TaskListItemDto } from './dto/task.response';
import { KeysetPageOf, type KeysetPage } from '../common/dto/response.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(@Inject(TasksService) private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ type: KeysetPageOf(TaskListItemDto) })
  list(
    @CurrentScope() scope: Scope,
    @Query() query: ListTasksQuery,
    @ScopeReadAt() readAt?: string,
  ): Promise<KeysetPage<TaskListItemDto>> {
    return this.tasks.list(scope, query, readAt);
  }
}
