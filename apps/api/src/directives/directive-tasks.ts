import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  expansionProblems,
  MAX_EXPANSION_TASKS,
  taskDeadline,
  taskPolicyProblems,
  UnprocessableError,
  ValidationError,
  msg,
  type BusinessCalendar,
  type EscalationPolicy,
  type FieldProblem,
  type ReminderPolicy,
  type Scope,
} from '@dondoc/domain';
import { UnitsRepository, type UnitEntity } from '@dondoc/persistence';
import type { DirectiveExpansion, TaskInput } from '@dondoc/workflow-contract';
import { TaskInputBuilder } from '../tasks/task-input.builder';
import type { CreateTaskDto, DirectiveExpansionDto, TaskTemplateDto } from './dto/create-directive.dto';

/**
 * A directive's tasks as the workflow takes them: a list's tasks checked and built, or a
 * rule naming their units checked and counted, each with its deadline and policies (given,
 * or the configuration's). Every problem of a request in one 400.
 */
@Injectable()
export class DirectiveTasks {
  constructor(
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(TaskInputBuilder) private readonly builder: TaskInputBuilder,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Checks a directive's rule naming its recipients (libs/domain ExpansionRule) and its
   * task template: the root exists, is active, within the caller's reach and under the
   * issuing unit (as a list's lead units must be), the kinds and levels are well formed,
   * and the rule names at least one unit and at most MAX_EXPANSION_TASKS, counted in SQL
   * (no unit is read into the API). The units themselves are found by the recording.
   */
  async expansion(
    scope: Scope,
    issuer: UnitEntity,
    dto: DirectiveExpansionDto,
    issueDate: string,
    calendar: BusinessCalendar,
    now: Date,
  ): Promise<{ tasks: TaskInput[]; expansion: DirectiveExpansion; taskCount: number }> {
    const problems = expansionProblems(dto, 'expansion');
    const terms = this.terms(dto.task, 'expansion.task', issueDate, calendar, now, problems);
    if (problems.length) throw new ValidationError(problems);
    const field = 'expansion.rootUnitId';
    const root = (await this.units.requireAllInScope(scope, [{ field, id: dto.rootUnitId }])).get(dto.rootUnitId)!;
    if (!root.path.startsWith(issuer.path))
      throw new ValidationError([
        { field, message: msg('directives.notBelowTheIssuingUnit', { code: root.code, code2: issuer.code }) },
      ]);
    const rule = { kinds: dto.kinds, levels: dto.levels ?? [] };
    const taskCount = await this.units.countExpansion(root, rule, issuer.id);
    if (taskCount === 0)
      throw new UnprocessableError(msg('directives.theRuleNamesNoActiveUnit'), [
        {
          field: 'expansion',
          message: msg('directives.namesNoActiveUnit'),
        },
      ]);
    if (taskCount > MAX_EXPANSION_TASKS)
      throw new UnprocessableError(msg('directives.moreThanUnits', { MAX_EXPANSION_TASKS }), [
        {
          field: 'expansion',
          message: msg('directives.namesUnitsAtMost', { taskCount, MAX_EXPANSION_TASKS }),
        },
      ]);
    const {
      taskId: _id,
      leadUnitId: _lead,
      coordinatingUnitIds: _coordinating,
      ...template
    } = this.builder.build('', { ...dto.task, leadUnitId: '' }, terms);
    return { tasks: [], expansion: { rootUnitId: root.id, ...rule, template }, taskCount };
  }

  /** A task's deadline and policies (given or the configuration's), their problems added to `problems` at `at`. */
  private terms(
    dto: CreateTaskDto | TaskTemplateDto,
    at: string,
    issueDate: string,
    calendar: BusinessCalendar,
    now: Date,
    problems: FieldProblem[],
  ) {
    const deadline = taskDeadline(dto, at, issueDate, calendar, now);
    if (!deadline.ok) problems.push(deadline.problem);
    problems.push(...taskPolicyProblems(dto, at));
    return {
      deadline: deadline.ok ? deadline.deadline : now,
      deadlineWorkingDays: deadline.ok ? deadline.workingDays : null,
      reminderPolicy: dto.reminderPolicy ?? this.defaultReminderPolicy(),
      escalationPolicy: dto.escalationPolicy ?? this.defaultEscalationPolicy(),
      // Null when not given: the worker then applies the configuration of its day.
      reviewPeriod: dto.reviewPeriod ?? null,
      revisionPeriod: dto.revisionPeriod ?? null,
    };
  }

  /** Checks and builds the tasks of a directive (or the one task an amendment adds); all problems in one 400. */
  async tasks(
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
    const fieldOf = (index: number) => (single ? field : `${field}.${index}`);
    const inputs = dtos.map((dto, index) =>
      this.builder.build(randomUUID(), dto, this.terms(dto, fieldOf(index), issueDate, calendar, now, problems)),
    );
    await this.builder.checkUnits(scope, dtos, fieldOf, issuer, problems);
    if (problems.length) throw new ValidationError(problems);
    return inputs;
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
}
