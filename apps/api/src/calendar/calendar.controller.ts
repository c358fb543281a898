import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { CalendarService } from './calendar.service';
import { CALENDAR_EXAMPLE, CalendarQuery, OverrideDto, WorkingDaysQuery } from './dto/calendar.dto';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(@Inject(CalendarService) private readonly calendar: CalendarService) {}

  @Get()
  @ApiOkResponse({
    description: 'Ngày nghỉ của năm (luật, nghỉ bù, điều chỉnh) / the year’s days off',
    schema: { example: CALENDAR_EXAMPLE },
  })
  year(@Query() query: CalendarQuery) {
    return this.calendar.year(query.year);
  }

  @Get('working-days')
  @ApiOkResponse({
    schema: { example: { from: '2026-02-13', days: 1, date: '2026-02-23', deadline: '2026-02-23T17:00:00+07:00' } },
  })
  addWorkingDays(@Query() query: WorkingDaysQuery) {
    return this.calendar.addWorkingDays(query.from, query.days);
  }

  @Put('overrides/:date')
  @Roles('admin')
  @ApiOkResponse({
    schema: { example: { date: '2025-04-26', kind: 'working_day', note: 'Làm bù', updatedBy: 'admin' } },
  })
  upsert(@CurrentScope() scope: Scope, @Param('date') date: string, @Body() dto: OverrideDto) {
    return this.calendar.upsert(date, dto, scope.username);
  }

  @Delete('overrides/:date')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentScope() scope: Scope, @Param('date') date: string) {
    return this.calendar.remove(date, scope.username);
  }
}
