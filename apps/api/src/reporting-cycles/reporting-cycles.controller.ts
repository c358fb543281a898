import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { CYCLE_EXAMPLE, CycleDto, OpenRoundDto } from './dto/reporting-cycle.dto';
import { ReportingCyclesService, view } from './reporting-cycles.service';
import { RoundsService } from './rounds.service';

@ApiTags('reporting-cycles')
@ApiBearerAuth()
@Controller()
export class ReportingCyclesController {
  constructor(
    @Inject(ReportingCyclesService) private readonly cycles: ReportingCyclesService,
    @Inject(RoundsService) private readonly rounds: RoundsService,
  ) {}

  @Post('reporting-cycles')
  @ApiCreatedResponse({ description: 'Chu kỳ báo cáo định kỳ / a reporting cycle', schema: { example: CYCLE_EXAMPLE } })
  create(@CurrentScope() scope: Scope, @Body() dto: CycleDto) {
    return this.cycles.create(scope, dto);
  }

  @Get('reporting-cycles')
  list(@CurrentScope() scope: Scope) {
    return this.cycles.list(scope);
  }

  @Get('reporting-cycles/:id')
  async get(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    const { cycle, access } = await this.cycles.readable(scope, id);
    return { ...view(cycle), access };
  }

  /** An amendment: applies to rounds not yet opened. */
  @Put('reporting-cycles/:id')
  amend(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: CycleDto) {
    return this.cycles.amend(scope, id, dto);
  }

  @Post('reporting-cycles/:id/pause')
  @HttpCode(HttpStatus.OK)
  pause(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.cycles.setState(scope, id, 'paused');
  }

  @Post('reporting-cycles/:id/resume')
  @HttpCode(HttpStatus.OK)
  resume(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.cycles.setState(scope, id, 'active');
  }

  @Post('reporting-cycles/:id/end')
  @HttpCode(HttpStatus.OK)
  end(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.cycles.setState(scope, id, 'ended');
  }

  @Get('reporting-cycles/:id/rounds')
  listRounds(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.rounds.list(scope, id);
  }

  /** Opens a period's round by hand: the same round the schedule would open (idempotent). */
  @Post('reporting-cycles/:id/rounds')
  openRound(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: OpenRoundDto) {
    return this.rounds.open(scope, id, dto.periodKey);
  }

  @Get('reporting-rounds/:id')
  round(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.rounds.status(scope, id);
  }

  /** Urges every unit that has not reported in the round: a notice each, audited. */
  @Post('reporting-rounds/:id/urge')
  @HttpCode(HttpStatus.OK)
  urge(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.rounds.urge(scope, id);
  }
}
