import { DOCUMENT_TYPES, toZonedIso, statusBucket, type BucketCounts, type Progress } from '@dondoc/domain';
import type { DirectiveEntity, FormerUnit, TaskEntity, UnitEntity } from '@dondoc/persistence';
import type { UnitRefDto } from '../common/dto/response.dto';
import type { DirectiveDto, DirectiveSummaryDto, DirectiveTaskDto } from './dto/directive.response';

const unitRef = (unit: UnitEntity): UnitRefDto => ({ id: unit.id, code: unit.code, name: unit.name });

const NO_SUBTASKS: Progress = { ratio: 0, subtasks: { total: 0, completed: 0, open: 0, cancelled: 0 } };

export function taskView(
  task: TaskEntity,
  tz: string,
  now: Date,
  progress?: Progress,
  former?: FormerUnit,
): DirectiveTaskDto {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    parentTaskId: task.parentTaskId,
    depth: task.depth,
    leadUnit: { ...unitRef(task.leadUnit), formerly: former ? { code: former.code, name: former.name } : null },
    coordinatingUnits: (task.coordinators ?? []).map((c) => unitRef(c.unit)),
    status: task.status,
    bucket: statusBucket(task, now),
    deadline: toZonedIso(task.deadline, tz),
    originalDeadline: toZonedIso(task.originalDeadline, tz),
    deadlineWorkingDays: task.deadlineWorkingDays,
    completedAt: task.completedAt ? toZonedIso(task.completedAt, tz) : null,
    reportRequired: task.reportRequired,
    reportTemplate: task.reportTemplate,
    indicators: (task.indicators ?? []).map((i) => ({
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      target: i.target === null ? null : Number(i.target),
    })),
    reminderPolicy: task.reminderPolicy,
    escalationPolicy: task.escalationPolicy,
    /** null: the configured period. */
    reviewPeriod: task.reviewPeriod,
    revisionPeriod: task.revisionPeriod,
    cancelReason: task.cancelReason,
    /** 0..1, rolled up from delegated sub-tasks; sub-tasks directly below by state. */
    progress: progress ?? { ...NO_SUBTASKS, ratio: task.status === 'completed' ? 1 : 0 },
  };
}

export function directiveSummary(directive: DirectiveEntity, progress: BucketCounts, tz: string): DirectiveSummaryDto {
  return {
    id: directive.id,
    documentNumber: directive.documentNumber,
    documentNumberNormalized: directive.documentNumberNormalized,
    type: directive.docType,
    typeName: DOCUMENT_TYPES[directive.docType] ?? directive.docType,
    title: directive.title,
    issueDate: directive.issueDate,
    issuingUnit: unitRef(directive.issuingUnit),
    confidentiality: directive.confidentiality,
    urgency: directive.urgency,
    /** Set on a reporting cycle's round: its tasks are the periodic reports of `periodKey`. */
    periodic: directive.reportingCycleId
      ? { reportingCycleId: directive.reportingCycleId, periodKey: directive.periodKey }
      : null,
    status: directive.status,
    acceptedAt: toZonedIso(directive.acceptedAt, tz),
    progress,
  };
}

export function directiveView(
  directive: DirectiveEntity,
  tasks: TaskEntity[],
  progress: BucketCounts,
  tz: string,
  now: Date,
  tree: Map<string, Progress> = new Map(),
  assignment?: { total: number; started: number },
  taskCount = tasks.length,
  /** The lead unit each handed-over task left ("formerly …"), by task id. */
  former: Map<string, FormerUnit> = new Map(),
): DirectiveDto {
  return {
    ...directiveSummary(directive, progress, tz),
    summary: directive.summary,
    createdBy: directive.createdBy,
    cancelReason: directive.cancelReason,
    /** The directive's own tasks, and how many have their follow-up started (assigned). */
    assignment: assignment ?? { total: tasks.length, started: tasks.length },
    taskCount,
    tasks: tasks.map((task) => taskView(task, tz, now, tree.get(task.id), former.get(task.id))),
  };
}

export type DirectiveView = DirectiveDto;
