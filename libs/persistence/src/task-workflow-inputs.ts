import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '@dondoc/config';
import { acknowledgementWorkingDays, leaveVerdict, type BusinessCalendar, type TaskUpdateCall } from '@dondoc/domain';
import type { TaskWorkflowInput } from '@dondoc/workflow-contract';
import { CalendarRepository } from './calendar.repository';
import type { TakeOverResult, TaskDriverRepository } from './task-driver.repository';
import { FanOutRepository, type TasksToStart } from './fan-out.repository';
import type { DirectiveEntity } from './entities';

/**
 * What a task's own workflow starts with, read from its rows: the directive's fan-out
 * (tasks followed on their own), a delegation's sub-tasks, and a task leaving its cohort
 * (docs/decisions/0065-task-cohorts.md) all build it here, so the three agree.
 */
export class TaskWorkflowInputs {
  private readonly fanOut: FanOutRepository;
  private readonly calendars: CalendarRepository;

  constructor(
    dataSource: DataSource,
    private readonly config: Pick<AppConfig, 'timezone' | 'policies'>,
  ) {
    this.fanOut = new FanOutRepository(dataSource);
    this.calendars = new CalendarRepository(dataSource);
  }

  /** The inputs of the page's open tasks that no cohort drives (a cohort's members start their own only when they leave it). */
  async forPage(page: TasksToStart): Promise<TaskWorkflowInput[]> {
    const inputs = await this.build(page);
    return inputs.filter((input, i): input is TaskWorkflowInput => input !== null && page.tasks[i]!.driver === null);
  }

  /**
   * One task's input, whoever drives it (null: closed or unknown). Inside a transaction
   * (a hand-over holds the task's row lock) every read goes through its `manager`: a
   * read on another pooled connection would wait for a free one, and as many concurrent
   * hand-overs as the pool has connections would each hold one and wait forever.
   */
  async forTask(taskId: string, manager?: EntityManager): Promise<TaskWorkflowInput | null> {
    const page = await this.fanOut.tasksToStart({ taskIds: [taskId] }, manager);
    return page ? ((await this.build(page, manager))[0] ?? null) : null;
  }

  /**
   * The calendar and acknowledgement deadline of a directive's own tasks: due by urgency
   * from its acceptance. Inside a transaction (the recording), read through its `manager`
   * (see forTask: no second pooled connection while one is held).
   */
  async directiveAck(
    directive: DirectiveEntity,
    total: number,
    years: number[] = [],
    manager?: EntityManager,
  ): Promise<{ calendar: BusinessCalendar; ackDeadline: Date }> {
    const accepted = directive.acceptedAt;
    const calendar = await this.calendars.calendar(
      [accepted.getFullYear(), accepted.getFullYear() + 1, ...years],
      this.config.timezone,
      manager,
    );
    const ackDeadline = calendar.deadlineAfterWorkingDays(
      accepted,
      acknowledgementWorkingDays(directive.urgency, total),
    );
    return { calendar, ackDeadline };
  }

  private async build(
    { directive, tasks, coordinators, total }: TasksToStart,
    manager?: EntityManager,
  ): Promise<(TaskWorkflowInput | null)[]> {
    const accepted = directive.acceptedAt;
    const calendar = await this.calendars.calendar(
      [accepted.getFullYear(), ...tasks.flatMap((t) => [t.createdAt.getFullYear(), t.deadline.getFullYear()])],
      this.config.timezone,
      manager,
    );
    // Acknowledgement due by urgency (docs/architecture.md#domain-rules): urgent the same working day,
    // else 1, several tasks 2; a sub-task counts from its delegation, on its own.
    const directiveAck = calendar
      .deadlineAfterWorkingDays(accepted, acknowledgementWorkingDays(directive.urgency, total))
      .toISOString();
    const calendarData = calendar.toData();
    const { reviewWorkingDays, revisionWorkingDays } = this.config.policies;
    return tasks.map((task) => {
      if (task.status === 'cancelled' || task.status === 'completed') return null;
      const ackDeadline = task.parentTaskId
        ? calendar
            .deadlineAfterWorkingDays(task.createdAt, acknowledgementWorkingDays(directive.urgency, 1))
            .toISOString()
        : (task.ackDeadline?.toISOString() ?? directiveAck);
      const deadline = task.deadline.toISOString();
      return {
        taskId: task.id,
        directiveId: directive.id,
        leadUnitId: task.leadUnitId,
        coordinatingUnitIds: coordinators.filter((c) => c.taskId === task.id).map((c) => c.unitId),
        issuingUnitId: task.assigningUnitId,
        ...(task.parentTaskId ? { parentTaskId: task.parentTaskId } : {}),
        deadline,
        ackDeadline: ackDeadline < deadline ? ackDeadline : deadline,
        reminderPolicy: task.reminderPolicy,
        escalationPolicy: task.escalationPolicy,
        reviewPeriod: task.reviewPeriod ?? { workingDays: reviewWorkingDays },
        revisionPeriod: task.revisionPeriod ?? { workingDays: revisionWorkingDays },
        calendar: calendarData,
      };
    });
  }
}

/**
 * The hand-over of a task from its cohort to its own workflow (decision 65), as every
 * sender of an update to a task uses it (updateTask's `takeOver` in libs/temporal-client):
 * the update judged against the task's state in the cohort first (leaveVerdict), then the
 * task's input from its rows and its state from the cohort, in one transaction.
 */
export function takeOverFrom(drivers: TaskDriverRepository, inputs: TaskWorkflowInputs, actor = 'system') {
  return (taskId: string, update: TaskUpdateCall, now = Date.now()): Promise<TakeOverResult | null> =>
    drivers.takeOver(
      taskId,
      (manager) => inputs.forTask(taskId, manager),
      actor,
      (state, input) => leaveVerdict(update, state, input, now),
    );
}
