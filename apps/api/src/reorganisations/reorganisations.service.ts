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
  splitCodes,
  toZonedIso,
  UnprocessableError,
  ValidationError,
  type ReorganisationPlan,
  type Scope,
} from '@dondoc/domain';
import type { Language } from '@dondoc/i18n';
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
import { previewView } from './preview.view';
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
    const { units, users, result } = await this.resolve(scope, plan);
    const byCode = new Map(units.map((u) => [u.code, u]));
    const moves: UnitMove[] = [...result.successorOf].map(([unitId, toCode]) => ({ unitId, toCode }));
    const chosenCodes = [...result.splitTaskSuccessors.values()].flatMap((tasks) => [...tasks.values()]);
    const successors = [...new Set([...moves.flatMap((m) => (m.toCode ? [m.toCode] : [])), ...chosenCodes])].flatMap(
      (code) => {
        const unit = byCode.get(code);
        return unit ? [{ id: unit.id, code }] : [];
      },
    );
    const [tasks, rounds, cycles, explanations, webhooks, preferences] = await Promise.all([
      this.preview.tasks(moves, result.splitTaskSuccessors),
      this.preview.roundObligations(moves, successors, result.splitTaskSuccessors),
      this.preview.cycleRecipients(moves),
      this.preview.explanationRequests(moves),
      this.preview.webhooks(moves),
      this.preview.preferences([...result.userMoves.keys()]),
    ]);
    return previewView(
      { result, units, users, rows: { tasks, rounds, cycles, explanations, webhooks, preferences } },
      lang,
      this.config.timezone,
    );
  }

  /** The plan against the tree around the units it names, within the caller's subtree. */
  private async resolve(scope: Scope, plan: ReorganisationPlan) {
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
    return { units, users, result };
  }
}
