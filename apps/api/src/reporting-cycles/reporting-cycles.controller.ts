import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import {
  AmendRoundDeadlinesDto,
  CycleDto,
  EndCycleDto,
  OpenRoundDto,
  WithdrawRoundDto,
} from './dto/reporting-cycle.dto';
import { ReportingCyclesService, view } from './reporting-cycles.service';
import { RoundsService } from './rounds.service';
import {
  EndedCycleDto,
  ReadableCycleDto,
  ReportingCycleDto,
  RoundAmendedDto,
  RoundDto,
  RoundOpenedDto,
  RoundSummaryDto,
  RoundUrgedDto,
  RoundWithdrawnDto,
} from './dto/reporting-cycle.response';

@ApiTags('reporting-cycles')
@ApiBearerAuth()
@Controller()
export class ReportingCyclesController {
  constructor(
    @Inject(ReportingCyclesService) private readonly cycles: ReportingCyclesService,
    @Inject(RoundsService) private readonly rounds: RoundsService,
  ) {}

  @Post('reporting-cycles')
  @ApiCreatedResponse({ description: 'A reporting cycle', type: ReportingCycleDto })
  create(@CurrentScope() scope: Scope, @Body() dto: CycleDto): Promise<ReportingCycleDto> {
    return this.cycles.create(scope, dto);
  }

  @Get('reporting-cycles')
  @ApiOkResponse({
    description: 'The cycles issued in your subtree, and those above that ask your unit for reports',
    type: [ReadableCycleDto],
  })
  list(@CurrentScope() scope: Scope): Promise<ReadableCycleDto[]> {
    return this.cycles.list(scope);
  }

  @Get('reporting-cycles/:id')
  @ApiOkResponse({ type: ReadableCycleDto })
  async get(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<ReadableCycleDto> {
    const { cycle, access } = await this.cycles.readable(scope, id);
    return { ...view(cycle), access };
  }

  /** An amendment: applies to rounds not yet opened. */
  @Put('reporting-cycles/:id')
  @ApiOkResponse({ description: 'The amended cycle', type: ReportingCycleDto })
  amend(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: CycleDto): Promise<ReportingCycleDto> {
    return this.cycles.amend(scope, id, dto);
  }

  @Post('reporting-cycles/:id/pause')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportingCycleDto })
  pause(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<ReportingCycleDto> {
    return this.cycles.setState(scope, id, 'paused');
  }

  @Post('reporting-cycles/:id/resume')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportingCycleDto })
  resume(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<ReportingCycleDto> {
    return this.cycles.setState(scope, id, 'active');
  }

  /** Ends the cycle: no more rounds open; its open rounds keep running or are withdrawn, as asked. */
  @Post('reporting-cycles/:id/end')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EndedCycleDto })
  end(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: EndCycleDto): Promise<EndedCycleDto> {
    return this.cycles.end(scope, id, dto);
  }

  @Get('reporting-cycles/:id/rounds')
  @ApiOkResponse({ description: 'The rounds opened', type: [RoundSummaryDto] })
  listRounds(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<RoundSummaryDto[]> {
    return this.rounds.list(scope, id);
  }

  /** Opens a period's round by hand: the same round the schedule would open (idempotent). */
  @Post('reporting-cycles/:id/rounds')
  @ApiCreatedResponse({ type: RoundOpenedDto })
  openRound(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: OpenRoundDto,
  ): Promise<RoundOpenedDto> {
    return this.rounds.open(scope, id, dto.periodKey);
  }

  @Get('reporting-rounds/:id')
  @ApiOkResponse({ type: RoundDto })
  round(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<RoundDto> {
    return this.rounds.status(scope, id);
  }

  /** Urges every unit that has not reported in the round: a notice each, audited. */
  @Post('reporting-rounds/:id/urge')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RoundUrgedDto })
  urge(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<RoundUrgedDto> {
    return this.rounds.urge(scope, id);
  }

  /**
   * Withdraws the round: its open tasks cancelled with the reason (their reminders stop),
   * the reports already in kept and marked withdrawn; audited.
   */
  @Post('reporting-rounds/:id/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RoundWithdrawnDto })
  @ApiConflictResponse({ description: 'The round has already been withdrawn' })
  withdraw(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: WithdrawRoundDto,
  ): Promise<RoundWithdrawnDto> {
    return this.rounds.withdraw(scope, id, dto.reason);
  }

  /** New deadlines for some of the round's levels: each open task of the level re-dated, its reminders re-timed. */
  @Post('reporting-rounds/:id/deadlines')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RoundAmendedDto })
  @ApiConflictResponse({ description: 'The round has been withdrawn' })
  amendDeadlines(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: AmendRoundDeadlinesDto,
  ): Promise<RoundAmendedDto> {
    return this.rounds.amendDeadlines(scope, id, dto.deadlines);
  }
}
