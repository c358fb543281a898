import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { noticeParams } from '@dondoc/notifications';
import { noticesSent } from '@dondoc/observability';
import {
  DeliveriesRepository,
  DirectiveEntity,
  UserEntity,
  inboxRow,
  writeInbox as writeInboxRows,
  type CohortMember,
  type InboxRow,
  type MemberNotice,
  type NotificationPreferenceEntity,
  type TaskEntity,
} from '@dondoc/persistence';
import { DeliveryService } from '../delivery/delivery.service';

/** How many users' preferences one query reads (under PostgreSQL's bind-parameter limit). */
const CHUNK = 10_000;

/**
 * A cohort's notices, set-based (docs/decisions/0065-task-cohorts.md): the in-app rows of
 * thousands of notices written in a few statements inside the step's transaction, worded
 * as a task workflow's notice is (its kind and parameters, worded when read), to every active user of the
 * target unit who has not turned the kind off in-app; then their e-mails and webhook
 * calls planned in one go once the step has committed. Rows are unique per (notice,
 * user): a retried step adds nothing.
 */
@Injectable()
export class CohortNotices {
  constructor(
    @Inject(DeliveryService) private readonly delivery: DeliveryService,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
  ) {}

  /** The new-task notices of members just assigned: the lead unit, and each coordinating unit. */
  assignments<M extends CohortMember>(members: M[], deadlineOf: (member: M) => string): MemberNotice[] {
    return members.flatMap((member) => [
      {
        member,
        input: {
          noticeId: `${member.taskId}:assigned`,
          kind: 'task_assigned' as const,
          taskId: member.taskId,
          targetUnitId: member.leadUnitId,
          dueAt: deadlineOf(member),
        },
      },
      ...member.coordinatingUnitIds.map((unitId) => ({
        member,
        input: {
          noticeId: `${member.taskId}:assigned:${unitId}`,
          kind: 'task_assigned' as const,
          taskId: member.taskId,
          targetUnitId: unitId,
          dueAt: deadlineOf(member),
          note: 'coordinating',
        },
      })),
    ]);
  }

  /** Writes the notices' in-app rows inside `manager`'s transaction (InboxRepository's writeInbox); returns how many rows are new. */
  async writeInbox(manager: EntityManager, notices: MemberNotice[]): Promise<number> {
    if (notices.length === 0) return 0;
    const directives = await this.directives(manager, notices);
    const { users, preferences } = await this.recipients(manager, notices);
    const rows: InboxRow[] = [];
    const perKind = new Map<string, number>();
    for (const { member, input } of notices) {
      const directive = directives.get(member.directiveId)!;
      const inApp = (users.get(input.targetUnitId) ?? []).filter((user) =>
        this.delivery.wants(preferences.get(user.id), input.kind, 'in_app'),
      );
      if (inApp.length === 0) continue;
      const params = noticeParams({
        kind: input.kind,
        documentNumber: directive.documentNumber,
        directiveTitle: directive.title,
        taskTitle: member.title,
        secret: directive.confidentiality === 'secret',
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        level: input.level ?? null,
        lateUnitName: input.lateUnitId ? member.leadName : null,
        note: input.note ?? null,
      });
      for (const user of inApp) rows.push(inboxRow(input, user.id, member, params));
      perKind.set(input.kind, (perKind.get(input.kind) ?? 0) + 1);
    }
    const written = await writeInboxRows(manager, rows);
    for (const [kind, count] of perKind) noticesSent.inc({ kind }, count);
    return written;
  }

  /** Plans the notices' e-mails and webhook calls (after the step committed; idempotent per notice, channel and recipient). */
  async planDeliveries(manager: EntityManager, notices: MemberNotice[]): Promise<number> {
    if (notices.length === 0) return 0;
    const directives = await this.directives(manager, notices);
    const { users, preferences } = await this.recipients(manager, notices);
    return this.delivery.planMany(
      notices.map(({ member, input }) => ({
        input,
        task: {
          id: member.taskId,
          title: member.title,
          directiveId: member.directiveId,
          directive: directives.get(member.directiveId)!,
        } as unknown as TaskEntity & { directive: DirectiveEntity },
        users: users.get(input.targetUnitId) ?? [],
        preferences,
        lateUnitName: input.lateUnitId ? member.leadName : null,
      })),
    );
  }

  private async directives(manager: EntityManager, notices: MemberNotice[]): Promise<Map<string, DirectiveEntity>> {
    const ids = [...new Set(notices.map((n) => n.member.directiveId))];
    const rows = await manager
      .getRepository(DirectiveEntity)
      .createQueryBuilder('d')
      .where('d.id = ANY(:ids)', { ids })
      .getMany();
    return new Map(rows.map((d) => [d.id, d]));
  }

  /** The active users of every target unit, by unit, with their preferences. */
  private async recipients(
    manager: EntityManager,
    notices: MemberNotice[],
  ): Promise<{ users: Map<string, UserEntity[]>; preferences: Map<string, NotificationPreferenceEntity> }> {
    const unitIds = [...new Set(notices.map((n) => n.input.targetUnitId))];
    const found = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.unit_id = ANY(:unitIds)', { unitIds })
      .andWhere('u.active')
      .getMany();
    const users = new Map<string, UserEntity[]>();
    for (const user of found) users.set(user.unitId, [...(users.get(user.unitId) ?? []), user]);
    const preferences = new Map<string, NotificationPreferenceEntity>();
    for (let i = 0; i < found.length; i += CHUNK) {
      // Through the step's transaction: a second pooled connection held while waiting for a
      // third deadlocks as many concurrent steps as the pool has connections.
      const chunk = await this.deliveries.preferencesOf(
        found.slice(i, i + CHUNK).map((u) => u.id),
        manager,
      );
      for (const [id, preference] of chunk) preferences.set(id, preference);
    }
    return { users, preferences };
  }
}
