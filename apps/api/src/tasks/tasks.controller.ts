import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { AppConfig } from '@dondoc/config';
import { STATUS_BUCKETS, statusBucket, toZonedIso, type Scope, type StatusBucket } from '@dondoc/domain';
import { TasksRepository } from '@dondoc/persistence';
import { CurrentScope } from '../auth/auth.guard';
import { PagingQuery, toBoolean } from '../common/paging.dto';

export class ListTasksQuery extends PagingQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị chủ trì / lead unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'Gồm cả đơn vị cấp dưới / include units below', default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  subtree?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  directiveId?: string;

  @ApiPropertyOptional({ enum: STATUS_BUCKETS })
  @IsOptional()
  @IsIn(STATUS_BUCKETS as unknown as string[])
  bucket?: StatusBucket;
}

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    @Inject(TasksRepository) private readonly tasks: TasksRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            id: '0b6f…',
            title: 'Báo cáo sơ kết 6 tháng',
            directive: { id: '3f1c…', documentNumber: '25-KH/TU', title: 'Kế hoạch …' },
            leadUnit: { id: '…', code: 'BDV-TU', name: 'Ban Dân vận Tỉnh ủy' },
            parentTaskId: null,
            depth: 0,
            status: 'assigned',
            bucket: 'open_within_deadline',
            deadline: '2026-12-07T17:00:00+07:00',
          },
        ],
        total: 1,
      },
    },
  })
  async list(@CurrentScope() scope: Scope, @Query() query: ListTasksQuery) {
    const now = new Date();
    const { items, total } = await this.tasks.list(scope, query);
    return {
      items: items.map((task) => ({
        id: task.id,
        title: task.title,
        directive: {
          id: task.directive.id,
          documentNumber: task.directive.documentNumber,
          title: task.directive.title,
        },
        leadUnit: { id: task.leadUnit.id, code: task.leadUnit.code, name: task.leadUnit.name },
        parentTaskId: task.parentTaskId,
        depth: task.depth,
        status: task.status,
        bucket: statusBucket(task, now),
        deadline: toZonedIso(task.deadline, this.config.timezone),
        originalDeadline: toZonedIso(task.originalDeadline, this.config.timezone),
      })),
      total,
    };
  }
}
