import type { DataSource, EntityManager } from 'typeorm';
import type { NoticeInput } from '@dondoc/workflow-contract';
import { TaskEntity, UnitEntity, UserEntity } from './entities';
import { insertJson } from './sql';

/** One row of a user's inbox (`notifications`), as both notice paths write it. */
export type InboxRow = {
  notice_id: string;
  user_id: string;
  unit_id: string;
  kind: string;
  level: number | null;
  late_unit_id: string | null;
  /** Null for a notice about a draft (decision 74). */
  task_id: string | null;
  directive_id: string | null;
  /** The notice's parameters (@dondoc/notifications noticeParams), rendered when read. */
  params: object;
};

const INBOX_COLUMNS: Record<keyof InboxRow, string> = {
  notice_id: 'text',
  user_id: 'uuid',
  unit_id: 'uuid',
  kind: 'text',
  level: 'integer',
  late_unit_id: 'uuid',
  task_id: 'uuid',
  directive_id: 'uuid',
  params: 'jsonb',
};

/**
 * The one writer of inbox rows: a task workflow's single notice (InboxRepository.deliver)
 * and a cohort's thousands at once (the worker's CohortNotices, inside its step's
 * transaction) both come through here. Rows are unique per (notice, user): a retry adds
 * nothing. Stamped when written, not at the transaction's start: a directive's new-task
 * notices come after its recording in an auditor's history (same transaction). Returns
 * how many rows are new.
 */
export function writeInbox(manager: EntityManager, rows: InboxRow[]): Promise<number> {
  if (rows.length === 0) return Promise.resolve(0);
  return insertJson(
    manager,
    'notifications',
    INBOX_COLUMNS,
    rows,
    { created_at: 'clock_timestamp()' },
    { count: true },
  );
}

/**
 * A notice's inbox row for one recipient, from what both notice paths have: its kind and
 * parameters, no words (they are chosen when the row is read, in its reader's language).
 */
export function inboxRow(
  input: NoticeInput,
  userId: string,
  task: { taskId: string; directiveId: string },
  params: object,
): InboxRow {
  return {
    notice_id: input.noticeId,
    user_id: userId,
    unit_id: input.targetUnitId,
    kind: input.kind,
    level: input.level ?? null,
    late_unit_id: input.lateUnitId ?? null,
    task_id: task.taskId,
    directive_id: task.directiveId,
    params,
  };
}

/** One in-app notice as it is written to each recipient's inbox. */
export interface InboxNotice {
  input: NoticeInput;
  task: TaskEntity;
  params: object;
}

/**
 * What a task notice reads and writes: the task it is about (for the self-check before
 * sending), who receives it, the inbox rows, and the units an escalation climbs.
 */
export class InboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The task with its directive, re-read when the notice goes out. */
  task(taskId: string): Promise<TaskEntity | null> {
    return this.dataSource.getRepository(TaskEntity).findOne({ where: { id: taskId }, relations: { directive: true } });
  }

  activeUsers(unitId: string): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ where: { unitId, active: true } });
  }

  unit(unitId: string): Promise<UnitEntity | null> {
    return this.dataSource.getRepository(UnitEntity).findOneBy({ id: unitId });
  }

  /** Writes the notice to each user's inbox; rows are unique per (notice, user). Returns how many are new. */
  async deliver(notice: InboxNotice, users: UserEntity[]): Promise<number> {
    const { input, task } = notice;
    return writeInbox(
      this.dataSource.manager,
      users.map((user) => inboxRow(input, user.id, { taskId: task.id, directiveId: task.directiveId }, notice.params)),
    );
  }

  /** Unit ids from `fromUnitId` up to `toUnitId` (inclusive), or to the root when toUnitId is null. */
  async escalationChain(fromUnitId: string, toUnitId: string | null): Promise<string[]> {
    const from = await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: fromUnitId });
    const ids = from.path.split('/').filter(Boolean).reverse();
    const end = toUnitId ? ids.indexOf(toUnitId) : ids.length - 1;
    return end >= 0 ? ids.slice(0, end + 1) : ids;
  }
}
