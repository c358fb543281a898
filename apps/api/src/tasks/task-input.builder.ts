import { Inject, Injectable } from '@nestjs/common';
import { ValidationError, type FieldProblem, type Offset, type Scope, msg } from '@dondoc/domain';
import { UnitsRepository, type UnitEntity } from '@dondoc/persistence';
import type { TaskInput } from '@dondoc/workflow-contract';

/** What a directive's task and a delegated sub-task have in common, as the client sent it. */
export interface TaskFields {
  title: string;
  description?: string;
  leadUnitId: string;
  coordinatingUnitIds?: string[];
  reportRequired?: boolean;
  reportTemplate?: string;
  indicators?: { name: string; unitOfMeasure: string; target?: number | null }[];
}

/** What the caller decided: the deadline and the policies (given or inherited). */
export interface TaskTerms {
  deadline: Date;
  deadlineWorkingDays: number | null;
  reminderPolicy: TaskInput['reminderPolicy'];
  escalationPolicy: TaskInput['escalationPolicy'];
  reviewPeriod: Offset | null;
  revisionPeriod: Offset | null;
}

/**
 * Builds the TaskInput that directives and delegations hand to the workflows, and
 * checks the units a task names: the lead and coordinating units must exist, be active
 * and in the caller's scope, lie under `root`, and not repeat the lead unit.
 */
@Injectable()
export class TaskInputBuilder {
  constructor(@Inject(UnitsRepository) private readonly units: UnitsRepository) {}

  build(taskId: string, fields: TaskFields, terms: TaskTerms): TaskInput {
    return {
      taskId,
      title: fields.title,
      description: fields.description || null,
      leadUnitId: fields.leadUnitId,
      coordinatingUnitIds: fields.coordinatingUnitIds ?? [],
      deadline: terms.deadline.toISOString(),
      deadlineWorkingDays: terms.deadlineWorkingDays,
      reportRequired: fields.reportRequired ?? true,
      reportTemplate: fields.reportTemplate || null,
      indicators: (fields.indicators ?? []).map((i) => ({
        name: i.name,
        unitOfMeasure: i.unitOfMeasure,
        target: i.target ?? null,
      })),
      reminderPolicy: terms.reminderPolicy,
      escalationPolicy: terms.escalationPolicy,
      reviewPeriod: terms.reviewPeriod,
      revisionPeriod: terms.revisionPeriod,
    };
  }

  /**
   * Adds to `problems` every unit of `tasks` (at `fieldOf(i)`) that is missing, inactive,
   * outside `root`'s subtree, or (with `strictlyBelow`) `root` itself. Units outside the
   * caller's scope are a 403, thrown.
   */
  async checkUnits(
    scope: Scope,
    tasks: TaskFields[],
    fieldOf: (index: number) => string,
    root: UnitEntity,
    problems: FieldProblem[],
    strictlyBelow = false,
  ): Promise<void> {
    const refs: { field: string; id: string }[] = [];
    tasks.forEach((task, index) => {
      const at = fieldOf(index);
      refs.push({ field: `${at}.leadUnitId`, id: task.leadUnitId });
      (task.coordinatingUnitIds ?? []).forEach((id, j) => refs.push({ field: `${at}.coordinatingUnitIds.${j}`, id }));
      if (task.coordinatingUnitIds?.includes(task.leadUnitId)) {
        problems.push({
          field: `${at}.coordinatingUnitIds`,
          message: msg('tasks.mustNotRepeatTheLeadUnit'),
        });
      }
    });
    let found: Map<string, UnitEntity>;
    try {
      found = await this.units.requireAllInScope(scope, refs);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.details);
      return;
    }
    for (const { field, id } of refs) {
      const unit = found.get(id)!;
      if ((strictlyBelow && id === root.id) || !unit.path.startsWith(root.path)) {
        problems.push({
          field,
          message: strictlyBelow
            ? msg('tasks.notBelowTheDelegatingUnit', { code: unit.code, code2: root.code })
            : msg('tasks.notBelowTheIssuingUnit', { code: unit.code, code2: root.code }),
        });
      }
    }
  }
}
