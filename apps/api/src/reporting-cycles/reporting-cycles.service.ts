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
  parseDocumentNumber,
  parseFrequency,
  reminderPolicyProblems,
  ValidationError,
  type FieldProblem,
  type Scope,
} from '@dondoc/domain';
import {
  ReportingCyclesRepository,
  UnitsRepository,
  type CycleDefinition,
  type ReportingCycleEntity,
} from '@dondoc/persistence';
import { TemporalClientService } from '@dondoc/temporal-client';
import type { CycleDto } from './dto/reporting-cycle.dto';
import { createCycleSchedule, setCycleScheduleState, updateCycleSchedule } from './cycle-schedule';
import type { ReportingCycleDto } from './dto/reporting-cycle.response';

/** Reporting cycles: validated, stored, and kept in step with their Temporal Schedule. */
@Injectable()
export class ReportingCyclesService {
  constructor(
    @Inject(ReportingCyclesRepository) private readonly cycles: ReportingCyclesRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
    @Inject(AppConfig) private readonly config: AppConfig,
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

  async get(scope: Scope, id: string): Promise<ReportingCycleEntity> {
    const cycle = await this.cycles.find(id);
    await this.units.get(scope, cycle.issuingUnitId);
    return cycle;
  }

  async list(scope: Scope): Promise<ReportingCycleDto[]> {
    return (await this.cycles.list(scope.unitPath)).map(view);
  }

  /** Changes the definition for rounds not yet opened; the issuing unit stays. */
  async amend(scope: Scope, id: string, dto: CycleDto): Promise<ReportingCycleDto> {
    const before = await this.writable(scope, id);
    if (dto.issuingUnitId !== before.issuingUnitId) {
      throw new ValidationError([{ field: 'issuingUnitId', message: 'issuingUnitId: không đổi được / cannot change' }]);
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

  async setState(scope: Scope, id: string, state: 'paused' | 'active' | 'ended'): Promise<ReportingCycleDto> {
    const before = await this.writable(scope, id);
    if (before.status === 'ended' || before.status === state) {
      throw new ValidationError([
        {
          field: 'status',
          message: `status: chu kỳ đang ở trạng thái ${before.status} / the cycle is ${before.status}`,
        },
      ]);
    }
    await setCycleScheduleState(this.temporal.client, id, state);
    return view(await this.cycles.setStatus(id, state, scope.username, `${state}:${Date.now()}`));
  }

  private async writable(scope: Scope, id: string): Promise<ReportingCycleEntity> {
    const cycle = await this.get(scope, id);
    if (scope.role === 'auditor' || scope.role === 'officer') {
      throw new ForbiddenError('Chỉ lãnh đạo hoặc quản trị / leaders and admins only', [{ field: 'id', message: id }]);
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
        message:
          'frequency: monthly, quarterly, six_monthly, nine_monthly, yearly hoặc thời lượng ISO 8601 / a named kind or an ISO duration',
      });
    } else problems.push(...cycleLevelProblems(frequency, dto.levelDeadlines));
    const legal = parseDocumentNumber(dto.legalBasis);
    if (!legal.ok) problems.push({ field: 'legalBasis', message: `legalBasis: ${legal.reason}` });
    problems.push(...indicatorProblems(dto.indicators ?? []));
    if (dto.reminderPolicy) problems.push(...reminderPolicyProblems(dto.reminderPolicy, 'reminderPolicy'));
    if (dto.escalationPolicy) problems.push(...escalationPolicyProblems(dto.escalationPolicy, 'escalationPolicy'));
    const rule = dto.recipients;
    if (!rule.units?.length && !rule.subtrees?.length) {
      problems.push({
        field: 'recipients',
        message: 'recipients: cần đơn vị hoặc nhánh / units or subtrees are required',
      });
    }
    if (dto.endsAt && Date.parse(dto.endsAt) <= Date.parse(dto.startsAt)) {
      problems.push({ field: 'endsAt', message: 'endsAt: phải sau startsAt / must be after startsAt' });
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
