import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import { DraftsRepository, type InboxRow, type UserEntity } from '@dondoc/persistence';
import type { ApprovalActivities, ApprovalNoticeInput } from '@dondoc/workflow-contract';
import { DeliveryService } from '../delivery/delivery.service';

/**
 * The follow-up of a draft waiting for its approver (docs/decisions/0074): the reminder
 * to the approver, the escalation to the active leaders of the unit above the
 * approver's. Inbox rows in each reader's language (libs/i18n `notices.*`), then the
 * e-mails through the planner every notice takes (no webhook: a draft is internal).
 * Nothing is sent once the submission is decided; rows are unique per notice and
 * recipient, so a retry adds nothing.
 */
@Injectable()
export class ApprovalActivitiesImpl implements ApprovalActivities {
  constructor(
    @Inject(DraftsRepository) private readonly drafts: DraftsRepository,
    @Inject(DeliveryService) private readonly delivery: DeliveryService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async notifyApproval(input: ApprovalNoticeInput): Promise<{ delivered: number; skipped?: string }> {
    const draft = await this.drafts.byId(input.draftId);
    if (!draft) return { delivered: 0, skipped: 'no such draft' };
    if (draft.status !== 'submitted' || draft.submission !== input.submission)
      return { delivered: 0, skipped: 'decided' };
    const { users, targetUnitId } = await this.recipients(input);
    if (users.length === 0) return { delivered: 0, skipped: 'nobody to tell' };
    const body = draft.body as { documentNumber?: string; confidentiality?: string };
    const secret = body.confidentiality === 'secret';
    const documentNumber = body.documentNumber ?? '';
    const preferences = await this.delivery.preferences(users.map((u) => u.id));
    // Worded when read, in each reader's language (decision 71); a secret draft's notice says nothing of it.
    const params = secret
      ? { secret: true as const }
      : { draft: true as const, draftTitle: draft.title, documentNumber, workingDays: input.workingDays };
    const rows: InboxRow[] = users
      .filter((user) => this.delivery.wants(preferences.get(user.id), input.kind, 'in_app'))
      .map((user) => ({
        notice_id: input.noticeId,
        user_id: user.id,
        unit_id: targetUnitId,
        kind: input.kind,
        level: null,
        late_unit_id: null,
        task_id: null,
        directive_id: null,
        params,
      }));
    const delivered = await this.drafts.deliver(rows);
    await this.delivery.plan({
      input: { noticeId: input.noticeId, kind: input.kind, taskId: draft.id, targetUnitId },
      task: {
        id: draft.id,
        title: draft.title,
        directive: {
          id: draft.id,
          documentNumber,
          title: draft.title,
          confidentiality: body.confidentiality ?? 'normal',
        },
      },
      users,
      preferences,
      lateUnitName: null,
      draft: { link: `${this.config.delivery.publicUrl}/api/v1/drafts/${draft.id}` },
    });
    return { delivered };
  }

  /** The approver for a reminder; the active leaders of the unit above the approver's for the escalation. */
  private async recipients(input: ApprovalNoticeInput): Promise<{ users: UserEntity[]; targetUnitId: string }> {
    if (input.kind === 'approval_reminder') {
      const approver = await this.drafts.user(input.approverUserId);
      return { users: approver?.active ? [approver] : [], targetUnitId: input.approverUnitId };
    }
    const unit = await this.drafts.unit(input.approverUnitId);
    if (!unit?.parentId) return { users: [], targetUnitId: input.approverUnitId };
    return { users: await this.drafts.activeLeaderUsers(unit.parentId), targetUnitId: unit.parentId };
  }

  asActivities(): ApprovalActivities {
    return { notifyApproval: (input) => this.notifyApproval(input) };
  }
}
