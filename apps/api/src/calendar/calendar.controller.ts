import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { CalendarService } from './calendar.service';
import { CalendarQuery, OverrideDto, WorkingDaysQuery } from './dto/calendar.dto';
import { CalendarOverrideViewDto, CalendarYearDto, WorkingDaysDto } from './dto/calendar.response';
import { DeadlinesDto, DeadlinesQuery } from './dto/deadlines.dto';
import { DATE_PATTERN } from '../common/input-boundary';

/** A path's civil date, within the years the calendar knows. */
const DATE_PARAM = {
  name: 'date',
  schema: { type: 'string' as const, format: 'date', pattern: DATE_PATTERN },
  example: '2025-04-26',
};

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(@Inject(CalendarService) private readonly calendar: CalendarService) {}

  @Get()
  @ApiOkResponse({
    description: 'The year’s days off',
    type: CalendarYearDto,
  })
  year(@Query() query: CalendarQuery): Promise<CalendarYearDto> {
    return this.calendar.year(query.year);
  }

  @Get('working-days')
  @ApiOkResponse({ description: 'N working days after from', type: WorkingDaysDto })
  addWorkingDays(@Query() query: WorkingDaysQuery): Promise<WorkingDaysDto> {
    return this.calendar.addWorkingDays(query.from, query.days);
  }

  @Get('deadlines')
  @ApiOkResponse({
    description: 'A unit’s (and subtree’s) deadlines by day',
    type: DeadlinesDto,
  })
  deadlines(@CurrentScope() scope: Scope, @Query() query: DeadlinesQuery): Promise<DeadlinesDto> {
    return this.calendar.deadlines(scope, query);
  }

  @Put('overrides/:date')
  @Roles('admin')
  @ApiParam(DATE_PARAM)
  @ApiOkResponse({ description: 'Saved', type: CalendarOverrideViewDto })
  upsert(
    @CurrentScope() scope: Scope,
    @Param('date') date: string,
    @Body() dto: OverrideDto,
  ): Promise<CalendarOverrideViewDto> {
    return this.calendar.upsert(date, dto, scope.username);
  }

  @Delete('overrides/:date')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam(DATE_PARAM)
  @ApiNoContentResponse({ description: 'The override is removed' })
  remove(@CurrentScope() scope: Scope, @Param('date') date: string) {
    return this.calendar.remove(date, scope.username);
  }
}
