import type { EntityManager } from 'typeorm';
import type { TaskStatus } from '@dondoc/domain';
import type { NoticeInput } from '@dondoc/workflow-contract';

/** A member of a cohort as a step (or the assignment) reads it: enough to address and word its notice. */
export interface CohortMember {
  taskId: string;
  directiveId: string;
  title: string;
  leadUnitId: string;
  /** The lead unit's materialized path: the escalation chain is read from it. */
  leadPath: string;
  leadName: string;
  status: TaskStatus;
  phase: string;
  coordinatingUnitIds: string[];
}

/** One notice of a member, to be written to the inbox of the target unit's users: the notice a task workflow would send. */
export interface MemberNotice {
  member: CohortMember;
  input: NoticeInput;
}

/** A member just put in a cohort, with its deadline (its new-task notice names it). */
export type AssignedMember = CohortMember & { deadline: string };

/** Writes a step's notices inside its transaction (the worker words them); returns how many inbox rows are new. */
export type WriteNotices = (manager: EntityManager, notices: MemberNotice[]) => Promise<number>;

export interface MemberRow {
  task_id: string;
  directive_id: string;
  title: string;
  lead_unit_id: string;
  lead_path: string;
  lead_name: string;
  status: TaskStatus;
  phase: string;
  coordinating_unit_ids: string[] | null;
}

export const MEMBER_SELECT = `SELECT t.id AS task_id, t.directive_id, t.title, t.lead_unit_id, u.path AS lead_path, u.name AS lead_name, t.status, t.phase,
  (SELECT array_agg(tc.unit_id ORDER BY tc.position) FROM task_coordinators tc WHERE tc.task_id = t.id) AS coordinating_unit_ids`;

export const toMember = (row: MemberRow): CohortMember => ({
  taskId: row.task_id,
  directiveId: row.directive_id,
  title: row.title,
  leadUnitId: row.lead_unit_id,
  leadPath: row.lead_path,
  leadName: row.lead_name,
  status: row.status,
  phase: row.phase,
  coordinatingUnitIds: row.coordinating_unit_ids ?? [],
});
