import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dondoc/config';
import {
  cycleLevelProblems,
  DEFAULT_ESCALATION_POLICY,
  DEFAULT_REMINDER_POLICY,
  escalationPolicyProblems,
  ForbiddenError,
  indicatorProblems,
  isNamedRecipient,
  NotFoundError,
  parseDocumentNumber,
  parseFrequency,
  reminderPolicyProblems,
  ValidationError,
  type FieldProblem,
  type Scope,
  msg,
} from '@dondoc/domain';
import {
  ReportingCyclesRepository,
  RoundChangesRepository,
  UnitsRepository,
  type CycleDefinition,
  type ReportingCycleEntity,
} from '@dondoc/persistence';
import { TemporalClientService, withdrawRound } from '@dondoc/temporal-client';
import type { CycleDto, EndCycleDto } from './dto/reporting-cycle.dto';
import { createCycleSchedule, setCycleScheduleState, updateCycleSchedule } from './cycle-schedule';
import type { EndedCycleDto, ReadableCycleDto, ReportingCycleDto } from './dto/reporting-cycle.response';

/** How the caller reads a cycle: from the issuer's side, or as a unit that reports in it. */
export type CycleAccess = 'issuer' | 'recipient';

/** Reporting cycles: validated, stored, and kept in step with their Temporal Schedule. */
@Injectable()
export class ReportingCyclesService {
  constructor(
    @Inject(ReportingCyclesRepository) private readonly cycles: ReportingCyclesRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(RoundChangesRepository) private readonly roundChanges: RoundChangesRepository,
  ) {}

  async create(scope: Scope, dto: CycleDto): Promise<ReportingCycleDto> {
    const { definition, legalBasis } = await this.validate(scope, dto);
    const cycle = await this.cycles.create({
      id: randomUUID(),
      issuingUnitId: dto.issuingUnitId,
      legalBasisNormalized: legalBasis,
      definition,
      startsAt: new Date(dto.startsAt),
      endsAt: dto.endsAt ? new Date(dto.endsAt) : null,
      createdBy: scope.username,
    });
    await createCycleSchedule(this.temporal.client, cycle, this.temporal.taskQueue, this.config.timezone);
    return view(cycle);
  }

  /**
   * The cycle for reading: by its issuer's subtree, or by a unit it asks reports of (the
   * cycles issued above it), which reads it and its rounds but changes nothing. Anyone
   * else is told it does not exist, as for any unit outside one's scope.
   */
  async readable(scope: Scope, id: string): Promise<{ cycle: ReportingCycleEntity; access: CycleAccess }> {
    const cycle = await this.cycles.find(id);
    try {
      await this.units.get(scope, cycle.issuingUnitId);
      return { cycle, access: 'issuer' };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    if ((await this.receivedCycles(scope, id)).length === 0) throw new NotFoundError(msg('nouns.reportingCycle'), id);
    return { cycle, access: 'recipient' };
  }

  /** The cycles issued within the caller's subtree, then those issued above that ask its unit for reports. */
  async list(scope: Scope): Promise<ReadableCycleDto[]> {
    const issued = await this.cycles.list(scope.unitPath);
    const ids = new Set(issued.map((c) => c.id));
    const received = (await this.receivedCycles(scope)).filter((c) => !ids.has(c.id));
    return [
      ...issued.map((c) => ({ ...view(c), access: 'issuer' as const })),
      ...received.map((c) => ({ ...view(c), access: 'recipient' as const })),
    ];
  }

  private async receivedCycles(scope: Scope, cycleId?: string): Promise<ReportingCycleEntity[]> {
    const unit = await this.units.get(scope, scope.unitId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!unit) return [];
    const candidates = await this.cycles.recipientCandidates(unit, cycleId);
    return candidates
      .filter(({ cycle, inRound }) => inRound || isNamedRecipient(cycle.definition, unit, cycle.issuingUnitId))
      .map(({ cycle }) => cycle);
  }

  /** Changes the definition for rounds not yet opened; the issuing unit stays. */
  async amend(scope: Scope, id: string, dto: CycleDto): Promise<ReportingCycleDto> {
    const before = await this.writable(scope, id);
    if (dto.issuingUnitId !== before.issuingUnitId) {
      throw new ValidationError([{ field: 'issuingUnitId', message: msg('reportingCycles.cannotChange') }]);
    }
    const { definition, legalBasis } = await this.validate(scope, dto);
    const cycle = await this.cycles.amend(
      id,
      definition,
      legalBasis,
      dto.endsAt ? new Date(dto.endsAt) : null,
      scope.username,
    );
    await updateCycleSchedule(this.temporal.client, cycle, this.config.timezone);
    return view(cycle);
  }

  async setState(scope: Scope, id: string, state: 'paused' | 'active'): Promise<ReportingCycleDto> {
    await this.changeable(scope, id, state);
    await setCycleScheduleState(this.temporal.client, id, state);
    return view(await this.cycles.setStatus(id, state, scope.username, `${state}:${Date.now()}`));
  }

  /**
   * Ends the cycle (no more rounds open), with the issuer's choice for the rounds still
   * open: they keep running, or each is withdrawn with the reason (its open tasks
   * cancelled through their workflows, its reports kept). The ending is one audit row
   * naming the choice; each withdrawal has its own.
   */
  async end(scope: Scope, id: string, dto: EndCycleDto): Promise<EndedCycleDto> {
    await this.changeable(scope, id, 'ended');
    await setCycleScheduleState(this.temporal.client, id, 'ended');
    const cycle = await this.cycles.setStatus(id, 'ended', scope.username, `ended:${Date.now()}`, {
      openRounds: dto.openRounds,
    });
    const open = dto.openRounds === 'withdraw' ? await this.roundChanges.openRounds(id) : [];
    const results = await Promise.all(
      open.map((roundId) =>
        withdrawRound(this.temporal.client, this.temporal.taskQueue, {
          roundId,
          reason: dto.reason!,
          actor: scope.username,
        }),
      ),
    );
    return {
      ...view(cycle),
      openRounds: dto.openRounds,
      withdrawnRounds: results.filter((r) => r.withdrawn).map((r) => r.roundId),
    };
  }

  private async changeable(scope: Scope, id: string, state: 'paused' | 'active' | 'ended'): Promise<void> {
    const before = await this.writable(scope, id);
    if (before.status === 'ended' || before.status === state) {
      throw new ValidationError([
        {
          field: 'status',
          message: msg('reportingCycles.theCycleIs', { status: before.status }),
        },
      ]);
    }
  }

  /**
   * The cycle for acting on its rounds (opening one by hand, urging): the issuer's side
   * only; a recipient, who can read it, is refused with 403.
   */
  async issued(scope: Scope, id: string): Promise<ReportingCycleEntity> {
    const { cycle, access } = await this.readable(scope, id);
    if (access !== 'issuer') {
      throw new ForbiddenError(msg('reportingCycles.onlyTheIssuingSideOfThe'), [{ field: 'id', message: id }]);
    }
    return cycle;
  }

  /** The cycle for changing it or its rounds: leaders and admins of the issuing side. */
  async writable(scope: Scope, id: string): Promise<ReportingCycleEntity> {
    const cycle = await this.issued(scope, id);
    if (scope.role === 'auditor' || scope.role === 'officer') {
      throw new ForbiddenError(msg('reportingCycles.leadersAndAdminsOnly'), [{ field: 'id', message: id }]);
    }
    return cycle;
  }

  private async validate(scope: Scope, dto: CycleDto): Promise<{ definition: CycleDefinition; legalBasis: string }> {
    await this.units.get(scope, dto.issuingUnitId);
    const problems: FieldProblem[] = [];
    const frequency = parseFrequency(dto.frequency);
    if (!frequency) {
      problems.push({
        field: 'frequency',
        message: msg('reportingCycles.aNamedKindOrAnIso'),
      });
    } else problems.push(...cycleLevelProblems(frequency, dto.levelDeadlines));
    const legal = parseDocumentNumber(dto.legalBasis);
    if (!legal.ok) problems.push({ field: 'legalBasis', message: legal.reason });
    problems.push(...indicatorProblems(dto.indicators ?? []));
    if (dto.reminderPolicy) problems.push(...reminderPolicyProblems(dto.reminderPolicy, 'reminderPolicy'));
    if (dto.escalationPolicy) problems.push(...escalationPolicyProblems(dto.escalationPolicy, 'escalationPolicy'));
    const rule = dto.recipients;
    if (!rule.units?.length && !rule.subtrees?.length) {
      problems.push({
        field: 'recipients',
        message: msg('reportingCycles.unitsOrSubtreesAreRequired'),
      });
    }
    if (dto.endsAt && Date.parse(dto.endsAt) <= Date.parse(dto.startsAt)) {
      problems.push({ field: 'endsAt', message: msg('reportingCycles.mustBeAfterStartsat') });
    }
    if (problems.length) throw new ValidationError(problems);
    const ids = [...(rule.units ?? []), ...(rule.subtrees ?? []).map((s) => s.rootUnitId)];
    if (dto.consolidatingUnitId) ids.push(dto.consolidatingUnitId);
    await this.units.requireAllInScope(
      scope,
      ids.map((id, i) => ({ field: `recipients.${i}`, id })),
    );
    return {
      legalBasis: legal.ok ? legal.value.normalized : dto.legalBasis,
      definition: {
        title: dto.title,
        legalBasis: dto.legalBasis,
        frequency: dto.frequency,
        cutOffRule: dto.cutOffRule ?? 'state',
        recipients: { units: rule.units ?? [], subtrees: rule.subtrees ?? [] },
        consolidatingUnitId: dto.consolidatingUnitId ?? null,
        levelDeadlines: dto.levelDeadlines,
        reportTemplate: dto.reportTemplate ?? null,
        indicators: (dto.indicators ?? []).map((i) => ({ ...i, ratioOf: i.ratioOf ?? null })),
        reminderPolicy: dto.reminderPolicy ?? DEFAULT_REMINDER_POLICY,
        escalationPolicy: dto.escalationPolicy ?? DEFAULT_ESCALATION_POLICY,
        reviewPeriod: dto.reviewPeriod ?? null,
      },
    };
  }
}

export function view(cycle: ReportingCycleEntity): ReportingCycleDto {
  return {
    id: cycle.id,
    issuingUnitId: cycle.issuingUnitId,
    legalBasisNormalized: cycle.legalBasisNormalized,
    ...cycle.definition,
    startsAt: cycle.startsAt.toISOString(),
    endsAt: cycle.endsAt?.toISOString() ?? null,
    status: cycle.status,
    version: cycle.version,
  };
}
