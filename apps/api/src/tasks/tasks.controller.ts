import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TASK_LIST_EXAMPLE } from './dto/task.examples';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(@Inject(TasksService) private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ schema: { example: TASK_LIST_EXAMPLE } })
  list(@CurrentScope() scope: Scope, @Query() query: ListTasksQuery) {
    return this.tasks.list(scope, query);
  }
}
