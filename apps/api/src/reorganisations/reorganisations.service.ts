import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  ConflictError,
  endingCodes,
  hasExplicitOffset,
  offsetMinutes,
  ForbiddenError,
  msg,
  parsePlan,
  planCodes,
  planFromCsv,
  planReorganisation,
  planUsernames,
  roundOutcomes,
  splitCodes,
  toZonedIso,
  UnprocessableError,
  ValidationError,
  type ReorganisationPlan,
  type Scope,
} from '@dondoc/domain';
import { renderText, type Language } from '@dondoc/i18n';
import {
  reorganisationState,
  signalReorganisation,
  startReorganisation,
  TemporalClientService,
} from '@dondoc/temporal-client';
import {
  ReorganisationPlansRepository,
  ReorganisationPreviewRepository,
  type ReorganisationPlanEntity,
  type UnitMove,
} from '@dondoc/persistence';
import { validateInput } from '../common/validation';
import { parseCsv } from '../units/units.csv';
import { ReorganisationRequestDto } from './dto/reorganisation.dto';
import type {
  ReorganisationPlanDto,
  ReorganisationPlanListDto,
  ReorganisationPreviewDto,
} from './dto/reorganisation.response';

/**
 * Reorganisation plans (docs/decisions/0077-reorganisation-plans.md): read (JSON or CSV),
 * checked against the tree by planReorganisation (libs/domain), and previewed: every row
 * that would move, read set-based by ReorganisationPreviewRepository. A stored plan is
 * applied at its instant by its own workflow (docs/decisions/0078), started here.
 */
@Injectable()
export class ReorganisationsService {
  constructor(
    @Inject(ReorganisationPreviewRepository) private readonly preview: ReorganisationPreviewRepository,
    @Inject(ReorganisationPlansRepository) private readonly plans: ReorganisationPlansRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
  ) {}

  /**
   * dryRun: the preview. Otherwise the plan is stored for its effective instant (later than
   * now, or "now"), if its preview finds no conflict, and its workflow started: it waits for
   * the instant and applies the plan. A workflow that cannot be started leaves the plan
   * cancelled (nothing would apply it) and answers 503.
   */
  async submit(
    scope: Scope,
    body: unknown,
    csv: boolean,
    query: { dryRun?: string; effectiveAt?: string },
    lang: Language,
    now = new Date(),
  ): Promise<{ preview: ReorganisationPreviewDto } | { stored: ReorganisationPlanDto }> {
    const { plan, dryRun, effectiveAt } = await this.read(body, csv, query);
    if (dryRun) return { preview: await this.dryRun(scope, plan, lang) };
    const at = this.effectiveInstant(effectiveAt, now);
    const preview = await this.dryRun(scope, plan, lang);
    if (preview.conflicts.length)
      throw new ConflictError(
        msg('reorganisation.hasConflicts', { count: preview.conflicts.length }),
        preview.conflicts.map((c) => ({ field: c.field, message: c.message })),
      );
    const stored = await this.plans.store({
      id: randomUUID(),
      operations: plan.operations,
      effectiveAt: at,
      counts: { ...preview.counts },
      actor: scope.username,
    });
    const input = { planId: stored.id, effectiveAt: stored.effectiveAt.toISOString(), actor: scope.username };
    try {
      await startReorganisation(this.temporal.client, this.temporal.taskQueue, input);
    } catch (error) {
      await this.plans.abandon(stored.id, scope.username);
      throw error;
    }
    return { stored: this.planView(stored) };
  }

  /** The plan; while it is being applied, its workflow's progress (the row's once it is done). */
  async get(id: string): Promise<ReorganisationPlanDto> {
    const plan = await this.plans.get(id);
    const view = this.planView(plan);
    if (plan.status !== 'applying') return view;
    const live = await reorganisationState(this.temporal.client, id);
    if (!live) return view;
    const { phase: _phase, ...progress } = live;
    return { ...view, progress };
  }

  /** The stored plans, most recent first (50): what the admins' page lists and watches. */
  async list(): Promise<ReorganisationPlanListDto> {
    return { items: (await this.plans.recent(50)).map((plan) => this.planView(plan)) };
  }

  /** Cancelled under the row's lock, then its workflow told, so it ends without applying (it reads the row again anyway). */
  async cancel(scope: Scope, id: string, now = new Date()): Promise<ReorganisationPlanDto> {
    const cancelled = await this.plans.cancel(id, scope.username, now);
    await signalReorganisation(this.temporal.client, id, 'cancelled').catch(() => undefined);
    return this.planView(cancelled);
  }

  /**
   * A planned plan applied now: its instant brought forward under the row's lock, then its
   * workflow woken. Anything but planned (applied already, applying, refused, cancelled): 409.
   */
  async applyNow(scope: Scope, id: string, now = new Date()): Promise<ReorganisationPlanDto> {
    const plan = await this.plans.bringForward(id, scope.username, now);
    await signalReorganisation(this.temporal.client, id, 'now');
    return this.planView(plan);
  }

  /** "now"; a date is 00:00 of that day in Vietnamese time; an instant needs its offset; either later than now. */
  private effectiveInstant(value: string | undefined, now: Date): Date {
    const field = 'effectiveAt';
    if (!value) throw new ValidationError([{ field, message: msg('reorganisation.effectiveAtExpected') }]);
    if (value === 'now') return now;
    let at: Date;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const utcMidnight = new Date(`${value}T00:00:00Z`);
      at = new Date(utcMidnight.getTime() - offsetMinutes(utcMidnight, this.config.timezone) * 60_000);
    } else if (hasExplicitOffset(value)) at = new Date(value);
    else throw new ValidationError([{ field, message: msg('reorganisation.effectiveAtExpected') }]);
    if (Number.isNaN(at.getTime()))
      throw new ValidationError([{ field, message: msg('reorganisation.effectiveAtExpected') }]);
    if (at <= now)
      throw new UnprocessableError(msg('reorganisation.effectiveAtFuture'), [
        { field, message: msg('reorganisation.effectiveAtFuture') },
      ]);
    return at;
  }

  private planView(plan: ReorganisationPlanEntity): ReorganisationPlanDto {
    const tz = this.config.timezone;
    return {
      id: plan.id,
      status: plan.status,
      effectiveAt: toZonedIso(plan.effectiveAt, tz),
      operationCount: plan.operations.length,
      counts: plan.counts as unknown as ReorganisationPlanDto['counts'],
      createdBy: plan.createdBy,
      createdAt: toZonedIso(plan.createdAt, tz),
      cancelledBy: plan.cancelledBy,
      cancelledAt: plan.cancelledAt ? toZonedIso(plan.cancelledAt, tz) : null,
      appliedAt: plan.appliedAt ? toZonedIso(plan.appliedAt, tz) : null,
      progress: plan.progress,
      conflicts: plan.conflicts,
    };
  }

  private async read(body: unknown, csv: boolean, query: { dryRun?: string; effectiveAt?: string }) {
    if (csv) {
      if (typeof body !== 'string' || body === '')
        throw new ValidationError([{ field: 'body', message: msg('units.emptyCsvBody') }]);
      if (query.dryRun !== 'true' && query.dryRun !== 'false')
        throw new ValidationError([{ field: 'dryRun', message: msg('validation.isBoolean') }]);
      // A readable file whose lines say something impossible: refused as a whole (422), each line named.
      const { plan, problems } = planFromCsv(parseCsv(body));
      if (!plan) throw new UnprocessableError(msg('errors.invalidInput'), problems);
      return { plan, dryRun: query.dryRun === 'true', effectiveAt: query.effectiveAt };
    }
    const dto = await validateInput(ReorganisationRequestDto, body ?? {});
    const { plan, problems } = parsePlan(dto);
    if (!plan) throw new ValidationError(problems);
    return { plan, dryRun: dto.dryRun, effectiveAt: dto.effectiveAt };
  }

  private async dryRun(scope: Scope, plan: ReorganisationPlan, lang: Language): Promise<ReorganisationPreviewDto> {
    const units = await this.preview.unitsAround(planCodes(plan));
    const byCode = new Map(units.map((u) => [u.code, u]));
    const named = new Set(planCodes(plan));
    const outside = units.filter((u) => named.has(u.code) && !u.path.startsWith(scope.unitPath));
    if (outside.length)
      throw new ForbiddenError(
        msg('units.unitsOutsideYourSubtree'),
        outside.map((u) => ({ field: u.code, message: msg('units.unitOutsideYourSubtree', { code: u.code }) })),
      );
    const idsOf = (codes: string[]) => codes.flatMap((code) => byCode.get(code)?.id ?? []);
    const [users, splitTasks] = await Promise.all([
      this.preview.usersOf(idsOf(endingCodes(plan)), planUsernames(plan)),
      this.preview.openTasksOf(idsOf(splitCodes(plan))),
    ]);
    const result = planReorganisation(plan, { units, users, splitTasks }, () => randomUUID());

    const moves: UnitMove[] = [...result.successorOf].map(([unitId, toCode]) => ({ unitId, toCode }));
    const chosenCodes = [...result.splitTaskSuccessors.values()].flatMap((tasks) => [...tasks.values()]);
    const successors = [...new Set([...moves.flatMap((m) => (m.toCode ? [m.toCode] : [])), ...chosenCodes])].flatMap(
      (code) => {
        const unit = byCode.get(code);
        return unit ? [{ id: unit.id, code }] : [];
      },
    );
    const movedUserIds = [...result.userMoves.keys()];
    const [tasks, rounds, cycles, explanations, webhooks, preferences] = await Promise.all([
      this.preview.tasks(moves, result.splitTaskSuccessors),
      this.preview.roundObligations(moves, successors, result.splitTaskSuccessors),
      this.preview.cycleRecipients(moves),
      this.preview.explanationRequests(moves),
      this.preview.webhooks(moves),
      this.preview.preferences(movedUserIds),
    ]);

    const unitById = new Map(units.map((u) => [u.id, u]));
    const from = (unitId: string) => ({
      fromCode: unitById.get(unitId)?.code ?? unitId,
      fromName: unitById.get(unitId)?.name ?? '',
    });
    const userById = new Map(users.map((u) => [u.id, u]));
    const userRows = movedUserIds.map((id) => {
      const user = userById.get(id)!;
      return {
        userId: id,
        username: user.username,
        fullName: user.fullName,
        fromCode: unitById.get(user.unitId)?.code ?? user.unitId,
        toCode: result.userMoves.get(id) ?? null,
      };
    });
    const roundRows = roundOutcomes(
      rounds.map((r) => ({ ...r, successorCode: r.toCode, isSuccessorOwn: r.isSuccessorOwn })),
    ).map(({ row, outcome, keptTaskId }) => ({
      roundId: row.roundId,
      label: rounds.find((r) => r.taskId === row.taskId)!.label,
      taskId: row.taskId,
      phase: row.phase,
      ...from(row.unitId),
      toCode: row.successorCode,
      outcome,
      keptTaskId,
      successorOwn: !!row.isSuccessorOwn,
    }));
    const distinct = (rows: { taskId: string }[]) => new Set(rows.map((r) => r.taskId)).size;

    return {
      dryRun: true,
      conflicts: result.conflicts.map((c) => ({
        kind: c.kind,
        field: c.field,
        message: renderText(c.message, lang),
        subjects: c.subjects,
      })),
      counts: {
        units: result.units.length,
        tasks: distinct(tasks.filter((t) => !t.delegated)),
        subTasks: distinct(tasks.filter((t) => t.delegated)),
        roundObligations: roundRows.filter((r) => !r.successorOwn).length,
        cycleRecipients: cycles.length,
        explanationRequests: new Set(explanations.map((e) => e.explanationId)).size,
        users: userRows.length,
        webhooks: webhooks.length,
        preferences: preferences.length,
      },
      units: result.units,
      tasks: tasks.map((t) => ({
        taskId: t.taskId,
        title: t.title,
        directiveId: t.directiveId,
        role: t.role,
        delegated: t.delegated,
        status: t.status,
        phase: t.phase,
        deadline: toZonedIso(new Date(t.deadline), this.config.timezone),
        ...from(t.fromUnitId),
        toCode: t.toCode,
      })),
      roundObligations: roundRows,
      cycleRecipients: cycles.map((c) => ({
        cycleId: c.cycleId,
        title: c.title,
        role: c.role,
        ...from(c.unitId),
        toCode: c.toCode,
      })),
      explanationRequests: explanations.map((e) => ({
        explanationId: e.explanationId,
        taskId: e.taskId,
        role: e.role,
        ...from(e.unitId),
        toCode: e.toCode,
      })),
      users: userRows,
      webhooks: webhooks.map((w) => ({
        webhookId: w.webhookId,
        url: w.url,
        fromCode: unitById.get(w.unitId)?.code ?? w.unitId,
        toCode: w.toCode,
      })),
      preferences: preferences.map((p) => ({
        userId: p.userId,
        username: userById.get(p.userId)?.username ?? '',
        digest: p.digest,
        quietStart: p.quietStart,
        quietEnd: p.quietEnd,
        toCode: result.userMoves.get(p.userId) ?? null,
      })),
    };
  }
}
