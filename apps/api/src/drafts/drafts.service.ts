import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '@dondoc/config';
import {
  ConflictError,
  draftTransition,
  ForbiddenError,
  ifMatchVersion,
  isCivilDate,
  msg,
  NotFoundError,
  parseDocumentNumber,
  pickApprover,
  staleVersion,
  taskPolicyProblems,
  toZonedIso,
  UnprocessableError,
  ValidationError,
  type DraftAction,
  type FieldProblem,
  type Scope,
} from '@dondoc/domain';
import { CalendarRepository, carryDraftFiles, DraftsRepository, type DirectiveDraftEntity } from '@dondoc/persistence';
import { approvalDecided, startApproval, TemporalClientService } from '@dondoc/temporal-client';
import type { ApprovalDecision } from '@dondoc/workflow-contract';
import { uuidFromKey } from '../common/ids';
import { DirectivesService } from '../directives/directives.service';
import type { AmendmentDto, CreateDirectiveDto } from '../directives/dto/create-directive.dto';
import type { Page } from '../common/dto/response.dto';
import type {
  CreateAmendmentDraftDto,
  DraftDto,
  DraftSummaryDto,
  ListDraftsQuery,
  RejectDraftDto,
  ReturnDraftDto,
  SubmitDraftDto,
  UpdateDraftDto,
} from './dto/draft.dto';

/**
 * Drafts of directives and their approval (docs/decisions/0074-drafts-and-approval.md).
 * Every change is one locked, versioned row change with its audit row (DraftsRepository);
 * the rules are libs/domain's draft machine; a submission's follow-up is its approval
 * workflow; an approval issues through the one path of POST /directives, under an id
 * derived from the draft, so a second approval issues nothing.
 */
@Injectable()
export class DraftsService {
  constructor(
    @Inject(DraftsRepository) private readonly drafts: DraftsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(DirectivesService) private readonly directives: DirectivesService,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async create(scope: Scope, dto: CreateDirectiveDto): Promise<DraftDto> {
    this.mayDraft(scope);
    const issuingUnitId = await this.check(scope, dto);
    const draft = await this.drafts.create(
      {
        id: randomUUID(),
        kind: 'directive',
        unitId: scope.unitId,
        issuingUnitId,
        createdBy: scope.username,
        title: dto.title,
        body: { ...dto },
        version: 1,
        status: 'draft',
        submission: 0,
        approverUserId: null,
        approverUnitId: null,
        submittedAt: null,
        comments: [],
        rejectReason: null,
        directiveId: null,
      },
      scope.username,
    );
    return this.view(draft);
  }

  /**
   * An amendment of an issued, active directive, drafted by its issuing side (the same
   * reach as a new draft's issuing unit) for the approval of a leader of its issuing unit.
   */
  async createAmendment(scope: Scope, dto: CreateAmendmentDraftDto): Promise<DraftDto> {
    this.mayDraft(scope);
    // The issuing side's reach, as for a new draft (an office drafts for its committee): else not found.
    const [directive, own] = await Promise.all([
      this.drafts.directive(dto.directiveId),
      this.drafts.unit(scope.unitId),
    ]);
    if (
      !directive ||
      (!directive.issuingUnitPath.startsWith(scope.unitPath) && directive.issuingUnitId !== own?.parentId)
    )
      throw new NotFoundError(msg('nouns.directive'), dto.directiveId);
    if (directive.status !== 'active')
      throw new ConflictError(msg('directives.theDirectiveIsNoLongerActive'), [
        { field: 'directiveId', message: msg('directives.theDirectiveIsNoLongerActive') },
      ]);
    const draft = await this.drafts.create(
      {
        id: randomUUID(),
        kind: 'amendment',
        unitId: scope.unitId,
        issuingUnitId: directive.issuingUnitId,
        createdBy: scope.username,
        title: directive.title,
        body: { documentNumber: directive.documentNumber, amendment: { ...dto.amendment } },
        version: 1,
        status: 'draft',
        submission: 0,
        approverUserId: null,
        approverUnitId: null,
        submittedAt: null,
        comments: [],
        rejectReason: null,
        directiveId: directive.id,
      },
      scope.username,
    );
    return this.view(draft);
  }

  async get(scope: Scope, id: string): Promise<DraftDto> {
    return this.view(await this.require(scope, id));
  }

  async list(scope: Scope, query: ListDraftsQuery): Promise<Page<DraftSummaryDto>> {
    const { items, total } = query.awaitingMe
      ? await this.drafts.awaiting(scope, query.limit, query.offset)
      : await this.drafts.ofUnit(scope, query.status, query.limit, query.offset);
    const names = await this.drafts.userNames(items.map((d) => d.approverUserId));
    return { items: items.map((d) => this.summary(d, names)), total };
  }

  /** An edit of the whole body, from the version the editor read (If-Match or `version`); a stale one is 409. */
  async update(scope: Scope, id: string, dto: UpdateDraftDto, ifMatch: string | undefined): Promise<DraftDto> {
    const found = await this.require(scope, id);
    if (found.kind === 'amendment')
      throw new ConflictError(msg('drafts.amendmentNotEdited'), [
        { field: 'id', message: msg('drafts.amendmentNotEdited') },
      ]);
    const { version: bodyVersion, ...body } = dto;
    const read = ifMatch !== undefined ? ifMatchVersion(ifMatch) : (bodyVersion ?? null);
    if (read === null)
      throw new ValidationError([
        { field: ifMatch !== undefined ? 'If-Match' : 'version', message: msg('drafts.versionRequired') },
      ]);
    const issuingUnitId = await this.check(scope, body);
    const draft = await this.drafts.change(id, (d) => {
      this.allow(scope, d, 'edit');
      const stale = staleVersion(d.version, read);
      if (stale) throw new ConflictError(stale, [{ field: 'version', message: stale }]);
      return {
        set: { body: { ...body }, title: body.title, issuingUnitId },
        action: 'draft.edited',
        actor: scope.username,
        after: { title: body.title },
      };
    });
    return this.view(draft);
  }

  /** To a leader of the issuing unit (its head by default), or of the unit above when it has none. */
  async submit(scope: Scope, id: string, dto: SubmitDraftDto, now = new Date()): Promise<DraftDto> {
    const found = await this.require(scope, id);
    const issuing = await this.drafts.unit(found.issuingUnitId);
    const [own, above] = await Promise.all([
      this.drafts.leadersOf(found.issuingUnitId),
      issuing?.parentId ? this.drafts.leadersOf(issuing.parentId) : Promise.resolve([]),
    ]);
    const approver = pickApprover(own, above, dto.approverId);
    if (!approver)
      throw new UnprocessableError(msg('drafts.noApprover'), [
        { field: 'approverId', message: msg(dto.approverId ? 'drafts.notAnApprover' : 'drafts.noApprover') },
      ]);
    const draft = await this.drafts.change(id, (d) => {
      this.allow(scope, d, 'submit');
      return {
        set: {
          status: 'submitted',
          submission: d.submission + 1,
          approverUserId: approver.userId,
          approverUnitId: approver.unitId,
          submittedAt: now,
        },
        action: 'draft.submitted',
        actor: scope.username,
        after: { submission: d.submission + 1, approverId: approver.userId },
      };
    });
    const year = Number(now.toISOString().slice(0, 4));
    const calendar = await this.calendars.calendar([year, year + 1], this.config.timezone);
    await startApproval(this.temporal.client, this.temporal.taskQueue, {
      draftId: draft.id,
      submission: draft.submission,
      approverUserId: approver.userId,
      approverUnitId: approver.unitId,
      submittedAt: now.toISOString(),
      calendar: calendar.toData(),
    });
    return this.view(draft);
  }

  /**
   * Issues the directive exactly as POST /directives does, in the approver's name, under
   * the id the draft names: an approval given twice (or at once twice) issues one
   * directive and answers 200 with it both times.
   */
  async approve(scope: Scope, id: string): Promise<DraftDto> {
    const found = await this.require(scope, id);
    const judged = this.allow(scope, found, 'approve');
    if ('already' in judged) return this.view(found);
    let directiveId: string;
    if (found.kind === 'amendment') {
      // The update id is the draft's: the same amendment sent twice is applied once.
      directiveId = found.directiveId!;
      const { amendment } = found.body as { amendment: AmendmentDto };
      await this.directives.amend(scope, directiveId, amendment, new Date(), `amend-draft:${found.id}`);
    } else {
      directiveId = uuidFromKey(`draft:${found.id}`);
      await this.directives.create(scope, found.body as CreateDirectiveDto, undefined, new Date(), directiveId);
    }
    const draft = await this.drafts.change(id, (d) => {
      if ('already' in this.allow(scope, d, 'approve')) return null;
      return {
        set: { status: 'approved', directiveId },
        action: 'draft.approved',
        actor: scope.username,
        after: { submission: d.submission, directiveId },
        // Its files go with it, in the approval's transaction (decision 75, "Drafts and returns as owners").
        also: (manager) => carryDraftFiles(manager, d.id, directiveId, scope.username),
      };
    });
    await this.decided(draft, 'approved', scope);
    return this.view(draft);
  }

  async return(scope: Scope, id: string, dto: ReturnDraftDto, now = new Date()): Promise<DraftDto> {
    await this.require(scope, id);
    const draft = await this.drafts.change(id, (d) => {
      this.allow(scope, d, 'return');
      const comment = {
        submission: d.submission,
        by: scope.username,
        at: now.toISOString(),
        comments: dto.comments,
        ...(d.kind === 'directive' && { body: d.body }),
      };
      return {
        set: { status: 'draft', comments: [...d.comments, comment] },
        action: 'draft.returned',
        actor: scope.username,
        after: { submission: d.submission, comment: dto.comments },
      };
    });
    await this.decided(draft, 'returned', scope);
    return this.view(draft);
  }

  async reject(scope: Scope, id: string, dto: RejectDraftDto): Promise<DraftDto> {
    await this.require(scope, id);
    const draft = await this.drafts.change(id, (d) => {
      this.allow(scope, d, 'reject');
      return {
        set: { status: 'rejected', rejectReason: dto.reason },
        action: 'draft.rejected',
        actor: scope.username,
        after: { submission: d.submission, reason: dto.reason },
      };
    });
    await this.decided(draft, 'rejected', scope);
    return this.view(draft);
  }

  /**
   * A draft as the owner of files (decision 75, "Drafts and returns as owners"): read by
   * whoever reads the draft (404 otherwise); changed by whoever may edit it now (the draft
   * machine's word: its unit's officers and leaders while it is a draft, 403 or 409 else).
   * `directiveId` is the directive it issued or amends, else the one its approval will
   * issue; `secret` as the directive (the body's, or the amended directive's).
   */
  async attachmentOwner(scope: Scope, id: string, change: boolean): Promise<{ directiveId: string; secret: boolean }> {
    const draft = await this.require(scope, id);
    if (change) this.allow(scope, draft, 'edit');
    const directiveId = draft.directiveId ?? uuidFromKey(`draft:${draft.id}`);
    const secret =
      (draft.body as { confidentiality?: string }).confidentiality === 'secret' ||
      (await this.drafts.isSecretDirective(directiveId));
    return { directiveId, secret };
  }

  private mayDraft(scope: Scope): void {
    if (scope.role !== 'officer' && scope.role !== 'leader')
      throw new ForbiddenError(msg('drafts.onlyTheDraftingUnitMay'), [
        { field: 'role', message: msg('drafts.onlyTheDraftingUnitMay') },
      ]);
  }

  /** The draft if `scope` may see it (its unit's people, its approver, admins); 404 for anyone else. */
  private async require(scope: Scope, id: string): Promise<DirectiveDraftEntity> {
    const draft = await this.drafts.visible(scope, id);
    if (!draft) throw new NotFoundError(msg('nouns.draft'), id);
    return draft;
  }

  /** The draft machine's word on `action`: a refusal thrown as 403 or 409. */
  private allow(scope: Scope, draft: DirectiveDraftEntity, action: DraftAction) {
    const judged = draftTransition(draft.status, action, {
      role: scope.role,
      ofDraftingUnit: draft.unitId === scope.unitId,
      isApprover: draft.approverUserId === scope.userId,
    });
    if (!judged.ok) {
      const details = [{ field: 'id', message: judged.reason }];
      throw judged.kind === 'forbidden'
        ? new ForbiddenError(judged.reason, details)
        : new ConflictError(judged.reason, details);
    }
    return judged;
  }

  /** The submission's follow-up stops: its workflow is told (a missing one is fine). */
  private decided(draft: DirectiveDraftEntity, decision: ApprovalDecision, scope: Scope): Promise<void> {
    return approvalDecided(this.temporal.client, draft.id, draft.submission, decision, scope.username);
  }

  /**
   * What can be checked of a draft's body before its approval (the rest, units and the
   * number's uniqueness, is checked again when it is issued): both tasks and a rule
   * (422), the document number and the date (400), and the issuing unit: the drafter's
   * own, one below it, or the unit directly above it (an office drafts for its committee).
   */
  private async check(scope: Scope, dto: CreateDirectiveDto): Promise<string> {
    if (dto.tasks != null && dto.expansion != null)
      throw new UnprocessableError(msg('directives.sendTasksOrExpansionNotBoth'), [
        { field: 'expansion', message: msg('directives.notTogetherWithTasksSendOne') },
      ]);
    const problems: FieldProblem[] = [];
    const parsed = parseDocumentNumber(dto.documentNumber);
    if (!parsed.ok) problems.push({ field: 'documentNumber', message: parsed.reason });
    if (!isCivilDate(dto.issueDate)) problems.push({ field: 'issueDate', message: msg('directives.notARealDate') });
    // The tasks' policies as POST /directives checks them: a draft keeps nothing its issue would refuse.
    (dto.tasks ?? []).forEach((task, index) => problems.push(...taskPolicyProblems(task, `tasks.${index}`)));
    if (dto.expansion) problems.push(...taskPolicyProblems(dto.expansion.task, 'expansion.task'));
    if (problems.length) throw new ValidationError(problems);
    const issuingUnitId = dto.issuingUnitId ?? scope.unitId;
    const [issuing, own] = await Promise.all([this.drafts.unit(issuingUnitId), this.drafts.unit(scope.unitId)]);
    const allowed =
      issuing !== null && issuing.active && (issuing.path.startsWith(scope.unitPath) || issuing.id === own?.parentId);
    if (!allowed) throw new ValidationError([{ field: 'issuingUnitId', message: msg('drafts.issuingUnitOutOfReach') }]);
    return issuingUnitId;
  }

  private summary(d: DirectiveDraftEntity, names: Map<string, string>): DraftSummaryDto {
    const tz = this.config.timezone;
    return {
      id: d.id,
      kind: d.kind,
      status: d.status,
      version: d.version,
      title: d.title,
      documentNumber: (d.body as { documentNumber: string }).documentNumber,
      unitId: d.unitId,
      issuingUnitId: d.issuingUnitId,
      createdBy: d.createdBy,
      submission: d.submission,
      approverId: d.approverUserId,
      approverName: d.approverUserId ? (names.get(d.approverUserId) ?? null) : null,
      submittedAt: d.submittedAt ? toZonedIso(d.submittedAt, tz) : null,
      directiveId: d.directiveId,
      updatedAt: toZonedIso(d.updatedAt, tz),
    };
  }

  private async view(d: DirectiveDraftEntity): Promise<DraftDto> {
    const names = await this.drafts.userNames([d.approverUserId]);
    return {
      ...this.summary(d, names),
      body: d.kind === 'directive' ? (d.body as CreateDirectiveDto) : null,
      amendment: d.kind === 'amendment' ? (d.body as { amendment: AmendmentDto }).amendment : null,
      comments: d.comments.map(({ submission, by, at, comments }) => ({
        submission,
        by,
        at: toZonedIso(new Date(at), this.config.timezone),
        comments,
      })),
      rejectReason: d.rejectReason,
      returnedBody: (d.kind === 'directive' && (d.comments.at(-1)?.body as CreateDirectiveDto | undefined)) || null,
    };
  }
}
