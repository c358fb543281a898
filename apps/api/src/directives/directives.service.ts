import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '@dondoc/config';
import {
  ConflictError,
  escalationPolicyProblems,
  ForbiddenError,
  hasExplicitOffset,
  isCivilDate,
  parseDocumentNumber,
  reminderPolicyProblems,
  ValidationError,
  type BusinessCalendar,
  type EscalationPolicy,
  type FieldProblem,
  type ReminderPolicy,
  type Scope,
} from '@dondoc/domain';
import { CalendarRepository, DirectivesRepository, UnitsRepository, type UnitEntity } from '@dondoc/persistence';
import { amendDirective, cancelDirective, startDirective, TemporalClientService } from '@dondoc/temporal-client';
import type { Amendment, TaskInput } from '@dondoc/workflow-contract';
import { uuidFromKey } from '../common/ids';
import { directiveSummary, directiveView, type DirectiveView } from './directive.view';
import type { AmendmentDto, CreateDirectiveDto, CreateTaskDto } from './dto/create-directive.dto';
import type { ListDirectivesQuery } from './dto/list-directives.query';

const clean = (text: string) => text.normalize('NFC').trim();

@Injectable()
export class DirectivesService {
  constructor(
    @Inject(DirectivesRepository) private readonly directives: DirectivesRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Validates everything that can be checked here (fields, scope, units, the
   * calendar, the document number), then hands the directive to Temporal and waits
   * until its workflow has recorded it. With an Idempotency-Key the directive id is
   * derived from it, so repeated or concurrent requests create one directive.
   */
  async create(
    scope: Scope,
    dto: CreateDirectiveDto,
    idempotencyKey: string | undefined,
    now = new Date(),
  ): Promise<{ created: boolean; view: DirectiveView }> {
    const problems: FieldProblem[] = [];
    const parsed = parseDocumentNumber(dto.documentNumber);
    if (!parsed.ok) problems.push({ field: 'documentNumber', message: `documentNumber: ${parsed.reason}` });
    if (!isCivilDate(dto.issueDate))
      problems.push({ field: 'issueDate', message: 'issueDate: ngày không tồn tại / not a real date' });
    if (problems.length) throw new ValidationError(problems);
    if (!parsed.ok) throw new Error('unreachable');

    const issuingUnitId = dto.issuingUnitId ?? scope.unitId;
    const issuer = (await this.units.requireAllInScope(scope, [{ field: 'issuingUnitId', id: issuingUnitId }])).get(
      issuingUnitId,
    )!;
    const calendar = await this.calendars.calendar(
      [Number(dto.issueDate.slice(0, 4)), Number(this.calendarYear(now))],
      this.config.timezone,
    );
    const tasks = await this.tasks(scope, issuer, dto.tasks, 'tasks', dto.issueDate, calendar, now);

    const existing = await this.directives.findByDocument(
      issuer.id,
      parsed.value.type,
      parsed.value.number,
      Number(dto.issueDate.slice(0, 4)),
    );
    const id = idempotencyKey ? uuidFromKey(`directive:${scope.userId}:${idempotencyKey}`) : randomUUID();
    if (existing && existing.id !== id) throw this.duplicate(parsed.value.normalized, existing.id);

    // The tasks go to PostgreSQL, the workflow gets the rest: its input stays small.
    await this.directives.stageRequest(id, tasks);
    const result = await startDirective(this.temporal.client, this.temporal.taskQueue, {
      directiveId: id,
      document: parsed.value,
      issueDate: dto.issueDate,
      issuingUnitId: issuer.id,
      title: clean(dto.title),
      summary: dto.summary ? clean(dto.summary) : null,
      confidentiality: dto.confidentiality ?? 'normal',
      urgency: dto.urgency ?? 'normal',
      acceptedAt: now.toISOString(),
      actor: scope.username,
      taskCount: tasks.length,
    });
    if (result?.status === 'duplicate') throw this.duplicate(result.documentNumber, result.existingDirectiveId);
    return { created: !existing, view: await this.get(scope, id) };
  }

  async list(scope: Scope, query: ListDirectivesQuery) {
    if (query.unitId) await this.units.get(scope, query.unitId);
    const { items, total } = await this.directives.list(scope, query);
    return {
      items: items.map(({ directive, progress }) => directiveSummary(directive, progress, this.config.timezone)),
      total,
    };
  }

  async get(scope: Scope, id: string, now = new Date()): Promise<DirectiveView> {
    const { directive, tasks, progress, tree } = await this.directives.get(scope, id, now);
    return directiveView(directive, tasks, progress, this.config.timezone, now, tree);
  }

  async amend(scope: Scope, id: string, dto: AmendmentDto, now = new Date()): Promise<DirectiveView> {
    const { directive } = await this.requireIssuerSide(scope, id);
    let amendment: Amendment;
    const need = (field: keyof AmendmentDto, value: unknown) => {
      if (value === undefined)
        throw new ValidationError([
          { field, message: `${field}: bắt buộc với ${dto.kind} / required for ${dto.kind}` },
        ]);
    };
    const calendar = await this.calendars.calendar(
      [directive.issueYear, Number(this.calendarYear(now))],
      this.config.timezone,
    );
    if (dto.kind === 'add_task') {
      need('task', dto.task);
      const [task] = await this.tasks(
        scope,
        directive.issuingUnit,
        [dto.task!],
        'task',
        directive.issueDate,
        calendar,
        now,
        true,
      );
      amendment = { kind: 'add_task', task: task! };
    } else if (dto.kind === 'cancel_task') {
      need('taskId', dto.taskId);
      need('reason', dto.reason);
      amendment = { kind: 'cancel_task', taskId: dto.taskId!, reason: clean(dto.reason!) };
    } else {
      need('taskId', dto.taskId);
      const deadline = this.deadline(dto, 'deadline', directive.issueDate, calendar, now);
      amendment = { kind: 'change_deadline', taskId: dto.taskId!, deadline: deadline.deadline };
    }
    await amendDirective(this.temporal.client, id, { amendment, actor: scope.username });
    return this.get(scope, id);
  }

  async cancel(scope: Scope, id: string, reason: string): Promise<DirectiveView> {
    await this.requireIssuerSide(scope, id);
    await cancelDirective(this.temporal.client, id, { reason: clean(reason), actor: scope.username });
    return this.get(scope, id);
  }

  /** Amending and cancelling belong to the issuing side: the issuing unit must be in the caller's scope. */
  private async requireIssuerSide(scope: Scope, id: string) {
    const found = await this.directives.get(scope, id);
    if (!found.directive.issuingUnit.path.startsWith(scope.unitPath)) {
      throw new ForbiddenError(
        'Chỉ cơ quan ban hành được sửa hoặc hủy văn bản / only the issuing side may amend or cancel',
        [{ field: 'id', message: id }],
      );
    }
    if (found.directive.status !== 'active') {
      throw new ConflictError('Văn bản không còn hiệu lực / the directive is no longer active', [
        { field: 'id', message: id },
      ]);
    }
    return found;
  }

  private duplicate(documentNumber: string, existingId: string): ConflictError {
    return new ConflictError(
      `Văn bản số ${documentNumber} đã có trong năm này / a directive with this number exists this year`,
      [{ field: 'documentNumber', message: `${documentNumber} — ${existingId}` }],
    );
  }

  private defaultReminderPolicy(): ReminderPolicy {
    const { reminderWorkingDaysBefore, reminderOnDeadlineDayAt } = this.config.policies;
    return {
      before: reminderWorkingDaysBefore.map((workingDays) => ({ workingDays })),
      onDeadlineDayAt: reminderOnDeadlineDayAt,
    };
  }

  private defaultEscalationPolicy(): EscalationPolicy {
    const { escalationStepWorkingDays, escalationRepeatWorkingDays } = this.config.policies;
    return {
      stepDelay: { workingDays: escalationStepWorkingDays },
      repeatAtTop: { workingDays: escalationRepeatWorkingDays },
    };
  }

  private calendarYear(now: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timezone, year: 'numeric' }).format(now);
  }

  private deadline(
    dto: { deadline?: string; deadlineWorkingDays?: number },
    field: string,
    issueDate: string,
    calendar: BusinessCalendar,
    now: Date,
  ): { deadline: string; workingDays: number | null } {
    const fail = (name: string, message: string) => {
      throw new ValidationError([{ field: name, message: `${name}: ${message}` }]);
    };
    const absolute = `${field}.deadline`.replace(/^deadline\.deadline$/, 'deadline');
    const relative = `${field}.deadlineWorkingDays`.replace(/^deadline\.deadlineWorkingDays$/, 'deadlineWorkingDays');
    if ((dto.deadline === undefined) === (dto.deadlineWorkingDays === undefined)) {
      fail(
        absolute,
        'cần đúng một trong deadline hoặc deadlineWorkingDays / give exactly one of deadline or deadlineWorkingDays',
      );
    }
    if (dto.deadline !== undefined) {
      if (!hasExplicitOffset(dto.deadline))
        fail(absolute, 'cần ghi rõ múi giờ, ví dụ +07:00 / must carry an offset such as +07:00');
      const adjusted = calendar.adjustDeadline(new Date(dto.deadline));
      if (adjusted.getTime() <= now.getTime()) fail(absolute, 'hạn phải ở tương lai / deadline must be in the future');
      return { deadline: adjusted.toISOString(), workingDays: null };
    }
    const deadline = calendar.endOfDay(calendar.addWorkingDays(issueDate, dto.deadlineWorkingDays!));
    if (deadline.getTime() <= now.getTime())
      fail(relative, 'hạn tính từ ngày ban hành đã qua / the deadline counted from the issue date has passed');
    return { deadline: deadline.toISOString(), workingDays: dto.deadlineWorkingDays! };
  }

  private async tasks(
    scope: Scope,
    issuer: UnitEntity,
    dtos: CreateTaskDto[],
    field: string,
    issueDate: string,
    calendar: BusinessCalendar,
    now: Date,
    single = false,
  ): Promise<TaskInput[]> {
    const problems: FieldProblem[] = [];
    const units: { field: string; id: string }[] = [];
    const inputs = dtos.map((dto, index) => {
      const at = single ? field : `${field}.${index}`;
      let deadline = { deadline: '', workingDays: null as number | null };
      try {
        deadline = this.deadline(dto, at, issueDate, calendar, now);
      } catch (error) {
        if (error instanceof ValidationError) problems.push(...error.details);
        else throw error;
      }
      if (dto.reminderPolicy !== undefined)
        problems.push(...reminderPolicyProblems(dto.reminderPolicy, `${at}.reminderPolicy`));
      if (dto.escalationPolicy !== undefined)
        problems.push(...escalationPolicyProblems(dto.escalationPolicy, `${at}.escalationPolicy`));
      units.push({ field: `${at}.leadUnitId`, id: dto.leadUnitId });
      (dto.coordinatingUnitIds ?? []).forEach((id, i) => units.push({ field: `${at}.coordinatingUnitIds.${i}`, id }));
      if (dto.coordinatingUnitIds?.includes(dto.leadUnitId)) {
        problems.push({
          field: `${at}.coordinatingUnitIds`,
          message: `${at}.coordinatingUnitIds: không gồm đơn vị chủ trì / must not repeat the lead unit`,
        });
      }
      return {
        taskId: '',
        title: clean(dto.title),
        description: dto.description ? clean(dto.description) : null,
        leadUnitId: dto.leadUnitId,
        coordinatingUnitIds: dto.coordinatingUnitIds ?? [],
        deadline: deadline.deadline,
        deadlineWorkingDays: deadline.workingDays,
        reportRequired: dto.reportRequired ?? true,
        reportTemplate: dto.reportTemplate ? clean(dto.reportTemplate) : null,
        indicators: (dto.indicators ?? []).map((i) => ({
          name: clean(i.name),
          unitOfMeasure: clean(i.unitOfMeasure),
          target: i.target ?? null,
        })),
        reminderPolicy: dto.reminderPolicy ?? this.defaultReminderPolicy(),
        escalationPolicy: dto.escalationPolicy ?? this.defaultEscalationPolicy(),
      };
    });
    try {
      const found = await this.units.requireAllInScope(scope, units);
      // Directives go only to units in the issuing unit's subtree.
      for (const { field: unitField, id } of units) {
        const unit = found.get(id)!;
        if (!unit.path.startsWith(issuer.path)) {
          problems.push({
            field: unitField,
            message: `${unitField}: ${unit.code} không thuộc ${issuer.code} / not below the issuing unit`,
          });
        }
      }
    } catch (error) {
      if (error instanceof ValidationError) problems.push(...error.details);
      else throw error;
    }
    if (problems.length) throw new ValidationError(problems);
    return inputs.map((input) => ({ ...input, taskId: randomUUID() }));
  }
}
