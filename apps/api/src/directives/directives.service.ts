import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '@dondoc/config';
import {
  ConflictError,
  DATE_PART,
  encodeCursor,
  ForbiddenError,
  INSTANT_PART,
  isCivilDate,
  taskDeadline,
  parseDocumentNumber,
  toZonedIso,
  UnprocessableError,
  UUID_PART,
  ValidationError,
  type DocumentNumber,
  type FieldProblem,
  type Scope,
  msg,
} from '@dondoc/domain';
import {
  AuditLogRepository,
  CalendarRepository,
  DirectivesRepository,
  IdempotencyRepository,
  UnitLineageRepository,
  UnitsRepository,
} from '@dondoc/persistence';
import { amendDirective, cancelDirective, startDirective, TemporalClientService } from '@dondoc/temporal-client';
import type { Amendment } from '@dondoc/workflow-contract';
import { claimIdempotencyKey } from '../common/idempotency';
import { uuidFromKey } from '../common/ids';
import { RoundsService } from '../reporting-cycles/rounds.service';
import { DirectiveTasks } from './directive-tasks';
import { directiveSummary, directiveView, type DirectiveView } from './directive.view';
import { ContentGate } from '../security/content-gate';
import type { AmendmentDto, CreateDirectiveDto } from './dto/create-directive.dto';
import type { ListDirectivesQuery } from './dto/list-directives.query';
import type { DirectiveSummaryDto } from './dto/directive.response';
import type { KeysetPage } from '../common/dto/response.dto';
import { afterKey } from '../common/keyset';
import { ListTotals } from '../common/list-totals';

/** The key a directive list's `after` continues from: (issue date, created at, id), newest first. */
const DIRECTIVE_LIST_KEY = [DATE_PART('issueDate'), INSTANT_PART('createdAt'), UUID_PART()];

@Injectable()
export class DirectivesService {
  constructor(
    @Inject(DirectivesRepository) private readonly directives: DirectivesRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(CalendarRepository) private readonly calendars: CalendarRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditLogRepository) private readonly auditLog: AuditLogRepository,
    @Inject(IdempotencyRepository) private readonly keys: IdempotencyRepository,
    @Inject(ContentGate) private readonly gate: ContentGate,
    @Inject(RoundsService) private readonly rounds: RoundsService,
    @Inject(ListTotals) private readonly totals: ListTotals,
    @Inject(UnitLineageRepository) private readonly lineage: UnitLineageRepository,
    @Inject(DirectiveTasks) private readonly directiveTasks: DirectiveTasks,
  ) {}

  /**
   * Validates everything that can be checked here (fields, scope, units, the
   * calendar, the document number), then hands the directive to Temporal and waits
   * until its workflow has recorded it. With an Idempotency-Key the directive id is
   * derived from it, so repeated or concurrent requests create one directive; the key
   * keeps its first body's fingerprint, and another body under it is refused (422).
   */
  async create(
    scope: Scope,
    dto: CreateDirectiveDto,
    idempotencyKey: string | undefined,
    now = new Date(),
    fixedId?: string,
  ): Promise<{ created: boolean; view: DirectiveView }> {
    const document = this.checkCreate(scope, dto);

    const issuingUnitId = dto.issuingUnitId ?? scope.unitId;
    const issuer = (await this.units.requireAllInScope(scope, [{ field: 'issuingUnitId', id: issuingUnitId }])).get(
      issuingUnitId,
    )!;
    const calendar = await this.calendars.calendar(
      [Number(dto.issueDate.slice(0, 4)), Number(this.calendarYear(now))],
      this.config.timezone,
    );
    // A list's tasks, or a rule naming their units (expanded by the recording, in SQL).
    const { tasks, expansion, taskCount } = dto.expansion
      ? await this.directiveTasks.expansion(scope, issuer, dto.expansion, dto.issueDate, calendar, now)
      : await this.directiveTasks
          .tasks(scope, issuer, dto.tasks!, 'tasks', dto.issueDate, calendar, now)
          .then((list) => ({
            tasks: list,
            expansion: null,
            taskCount: list.length,
          }));

    const existing = await this.directives.findByDocument(
      issuer.id,
      document.type,
      document.number,
      Number(dto.issueDate.slice(0, 4)),
    );
    // With a key, the directive its first request named (a fresh id once the key's window ended).
    // An approved draft's directive has the id its draft names: two approvals issue one directive.
    const { replayed, resourceId: id } = fixedId
      ? { replayed: false, resourceId: fixedId }
      : idempotencyKey
        ? await claimIdempotencyKey(
            this.keys,
            uuidFromKey(`directive:${scope.userId}:${idempotencyKey}`),
            dto,
            this.config.security.idempotencyKeyTtlSeconds,
          )
        : { replayed: false, resourceId: randomUUID() };
    if (existing && existing.id !== id) throw this.duplicate(document.raw);

    // The tasks (or the rule) go to PostgreSQL, the workflow gets the rest: its input stays small.
    await this.directives.stageRequest(id, tasks, expansion);
    const result = await startDirective(this.temporal.client, this.temporal.interactiveTaskQueue, {
      directiveId: id,
      document: document,
      issueDate: dto.issueDate,
      issuingUnitId: issuer.id,
      title: dto.title,
      summary: dto.summary || null,
      confidentiality: dto.confidentiality ?? 'normal',
      urgency: dto.urgency ?? 'normal',
      acceptedAt: now.toISOString(),
      actor: scope.username,
      taskCount,
    });
    if (result?.status === 'duplicate') throw this.duplicate(document.raw);
    if (result?.status === 'rejected') {
      // The workflow's reason is its audit note (one language); the reader hears it in theirs.
      const reason = msg('refusals.directiveNotRecorded');
      throw new UnprocessableError(reason, [{ field: 'body', message: reason }]);
    }
    return { created: !existing && !replayed, view: await this.get(scope, id) };
  }

  /** What a create can be refused for before anything is read: the role, the body's shape, the document number. */
  private checkCreate(scope: Scope, dto: CreateDirectiveDto): DocumentNumber {
    // An officer drafts; a leader signs (decision 74): the draft's approval issues through here.
    if (scope.role === 'officer')
      throw new ForbiddenError(msg('directives.officersSubmitADraft'), [
        { field: 'role', message: msg('directives.officersSubmitADraftPath') },
      ]);
    if (dto.tasks != null && dto.expansion != null)
      throw new UnprocessableError(msg('directives.sendTasksOrExpansionNotBoth'), [
        {
          field: 'expansion',
          message: msg('directives.notTogetherWithTasksSendOne'),
        },
      ]);
    const problems: FieldProblem[] = [];
    const parsed = parseDocumentNumber(dto.documentNumber);
    if (!parsed.ok) problems.push({ field: 'documentNumber', message: parsed.reason });
    if (!isCivilDate(dto.issueDate)) problems.push({ field: 'issueDate', message: msg('directives.notARealDate') });
    if (problems.length) throw new ValidationError(problems);
    if (!parsed.ok) throw new Error('unreachable');
    return parsed.value;
  }

  /**
   * A page of directives, newest first on (issue date, created at, id): after `after`'s
   * key, or past `offset`. The total is the filter's count as of `totalAsOf` (ListTotals).
   */
  async list(scope: Scope, query: ListDirectivesQuery, readAt?: string): Promise<KeysetPage<DirectiveSummaryDto>> {
    const key = afterKey(query, DIRECTIVE_LIST_KEY);
    if (query.unitId) await this.units.get(scope, query.unitId);
    const hidden = query.q ? await this.gate.hiddenIds(scope) : [];
    const { limit, offset, after: _cursor, ...rest } = query;
    const filter = { ...rest, hidden };
    const after = key && { issueDate: key[0]!, createdAt: key[1]!, id: key[2]! };
    const [{ items, nextKey }, counted] = await Promise.all([
      this.directives.list(scope, { ...filter, limit, offset, after }),
      this.totals.get(
        `directives ${scope.unitPath} ${JSON.stringify(filter)}`,
        () => this.directives.count(scope, filter),
        Date.now(),
        readAt,
      ),
    ]);
    return {
      items: items.map(({ directive, progress }) => directiveSummary(directive, progress, this.config.timezone)),
      total: counted.total,
      totalAsOf: toZonedIso(counted.asOf, this.config.timezone),
      nextCursor: nextKey ? encodeCursor([nextKey.issueDate, nextKey.createdAt, nextKey.id]) : null,
    };
  }

  /**
   * One directive with its tasks. The content gate takes a secret one's text out for a
   * reader not cleared for it (security/content-gate.ts); every read by one who is cleared
   * is audited.
   */
  async get(scope: Scope, id: string, now = new Date()): Promise<DirectiveView> {
    const { directive, tasks, taskCount, progress, tree, assignment } = await this.directives.get(scope, id);
    const former = await this.lineage.formerLeadUnits(tasks.map((task) => task.id));
    const view = directiveView(
      directive,
      tasks,
      progress,
      this.config.timezone,
      now,
      tree,
      assignment,
      taskCount,
      former,
    );
    if (directive.confidentiality === 'secret' && (await this.gate.mayRead(scope, id)))
      await this.auditLog.recordSecretRead(scope.username, id, {});
    return view;
  }

  /**
   * An amendment, through the directive's workflow. An officer's amendment is a draft a
   * leader approves (decision 74): refused here (403) naming that path. `updateId` makes an
   * approved draft's amendment apply once however often it is sent.
   */
  async amend(
    scope: Scope,
    id: string,
    dto: AmendmentDto,
    now = new Date(),
    updateId?: string,
  ): Promise<DirectiveView> {
    if (scope.role === 'officer')
      throw new ForbiddenError(msg('directives.officersSubmitADraft'), [
        { field: 'role', message: msg('directives.officersDraftAnAmendmentPath') },
      ]);
    const { directive } = await this.requireIssuerSide(scope, id);
    if (directive.reportingCycleId) {
      // A round's tasks follow its cycle's levels: re-dated per level, never one by one.
      throw new ConflictError(msg('directives.aReportingRoundItsDeadlinesAre', { id }), [{ field: 'id', message: id }]);
    }
    let amendment: Amendment;
    const need = (field: keyof AmendmentDto, value: unknown) => {
      if (value === undefined)
        throw new ValidationError([{ field, message: msg('directives.requiredFor', { kind: dto.kind }) }]);
    };
    const calendar = await this.calendars.calendar(
      [directive.issueYear, Number(this.calendarYear(now))],
      this.config.timezone,
    );
    if (dto.kind === 'add_task') {
      need('task', dto.task);
      const [task] = await this.directiveTasks.tasks(
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
      amendment = { kind: 'cancel_task', taskId: dto.taskId!, reason: dto.reason! };
    } else {
      need('taskId', dto.taskId);
      const deadline = taskDeadline(dto, '', directive.issueDate, calendar, now);
      if (!deadline.ok) throw new ValidationError([deadline.problem]);
      amendment = { kind: 'change_deadline', taskId: dto.taskId!, deadline: deadline.deadline.toISOString() };
    }
    await amendDirective(this.temporal.client, id, { amendment, actor: scope.username }, updateId);
    return this.get(scope, id);
  }

  /** Cancels the directive through its workflow; a reporting round's directive is the round, withdrawn. */
  async cancel(scope: Scope, id: string, reason: string): Promise<DirectiveView> {
    const { directive } = await this.requireIssuerSide(scope, id);
    if (directive.reportingCycleId) {
      await this.rounds.withdraw(scope, id, reason);
      return this.get(scope, id);
    }
    await cancelDirective(this.temporal.client, id, { reason, actor: scope.username });
    return this.get(scope, id);
  }

  /** Amending and cancelling belong to the issuing side: the issuing unit must be in the caller's scope. */
  private async requireIssuerSide(scope: Scope, id: string) {
    const found = await this.directives.get(scope, id);
    if (!found.directive.issuingUnit.path.startsWith(scope.unitPath)) {
      throw new ForbiddenError(msg('directives.onlyTheIssuingSideMayAmend'), [{ field: 'id', message: id }]);
    }
    if (found.directive.status !== 'active') {
      throw new ConflictError(msg('directives.theDirectiveIsNoLongerActive'), [{ field: 'id', message: id }]);
    }
    return found;
  }

  /** The field's problem in words a person reads beside the field (never the other directive's id). */
  private duplicate(documentNumber: string): ConflictError {
    const message = msg('directives.alreadyExistsThisYear', { documentNumber });
    return new ConflictError(message, [{ field: 'documentNumber', message }]);
  }

  private calendarYear(now: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timezone, year: 'numeric' }).format(now);
  }
}
