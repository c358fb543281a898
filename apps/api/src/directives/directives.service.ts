import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@dondoc/config';
import {
  hasExplicitOffset,
  NotFoundError,
  statusBucket,
  toZonedIso,
  ValidationError,
  type FieldProblem,
} from '@dondoc/domain';
import { findDirectiveWithTasks } from '@dondoc/persistence';
import { startDirective, TemporalClientService } from '@dondoc/temporal-client';
import { uuidFromKey } from '../common/ids';
import type { CreateDirectiveDto } from './dto/create-directive.dto';
import type { DirectiveAccepted, DirectiveView } from './dto/directive.view';

@Injectable()
export class DirectivesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Hands the directive to Temporal. With an Idempotency-Key the directive id is
   * derived from it, so repeated or concurrent requests reach the same workflow.
   */
  async create(
    dto: CreateDirectiveDto,
    actor: string,
    idempotencyKey: string | undefined,
    now = new Date(),
  ): Promise<DirectiveAccepted> {
    const problems: FieldProblem[] = [];
    dto.tasks.forEach((task, index) => {
      const field = `tasks.${index}.deadline`;
      if (!hasExplicitOffset(task.deadline)) {
        problems.push({
          field,
          message: `${field}: cần ghi rõ múi giờ, ví dụ +07:00 / must carry an offset such as +07:00`,
        });
      } else if (Date.parse(task.deadline) <= now.getTime()) {
        problems.push({ field, message: `${field}: hạn phải ở tương lai / deadline must be in the future` });
      }
    });
    if (problems.length) throw new ValidationError(problems);

    const id = idempotencyKey ? uuidFromKey(`directive:${actor}:${idempotencyKey}`) : randomUUID();
    const workflowId = await startDirective(this.temporal.client, this.temporal.taskQueue, {
      directiveId: id,
      title: dto.title.normalize('NFC').trim(),
      acceptedAt: now.toISOString(),
      actor,
      tasks: dto.tasks.map((task, position) => ({
        taskId: uuidFromKey(`task:${id}:${position}`),
        title: task.title.normalize('NFC').trim(),
        deadline: new Date(task.deadline).toISOString(),
      })),
    });
    return { id, workflowId, status: 'accepted', location: `/api/v1/directives/${id}` };
  }

  async get(id: string, now = new Date()): Promise<DirectiveView> {
    const directive = await findDirectiveWithTasks(this.dataSource, id);
    if (!directive) throw new NotFoundError('văn bản / directive', id);
    const tz = this.config.timezone;
    return {
      id: directive.id,
      title: directive.title,
      status: directive.status,
      acceptedAt: toZonedIso(directive.acceptedAt, tz),
      createdBy: directive.createdBy,
      cancelReason: directive.cancelReason,
      tasks: directive.tasks.map((task) => ({
        id: task.id,
        title: task.title,
        status: task.status,
        bucket: statusBucket(task, now),
        deadline: toZonedIso(task.deadline, tz),
        originalDeadline: toZonedIso(task.originalDeadline, tz),
        completedAt: task.completedAt ? toZonedIso(task.completedAt, tz) : null,
      })),
    };
  }
}
