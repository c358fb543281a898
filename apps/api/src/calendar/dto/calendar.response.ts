import { ApiProperty } from '@nestjs/swagger';
import { DateProperty, InstantProperty, IntProperty, TextOrNullProperty } from '../../common/dto/response.dto';

export class DayOffDto {
  @DateProperty({ example: '2026-02-17' }) date!: string;
  @ApiProperty({ example: 'Tết Nguyên đán (mùng 1)' }) name!: string;
  @TextOrNullProperty({ example: 'Lunar New Year (day 1)', description: 'Tên bằng tiếng Anh; null khi chưa có' })
  nameEn!: string | null;
  @ApiProperty({ enum: ['law', 'carry_over', 'override'] }) source!: 'law' | 'carry_over' | 'override';
}

/** An admin's change to one day of the calendar. */
export class CalendarOverrideViewDto {
  @DateProperty({ example: '2025-04-26' }) date!: string;
  @ApiProperty({ enum: ['day_off', 'working_day'] }) kind!: 'day_off' | 'working_day';
  @ApiProperty({ example: 'Làm bù' }) note!: string;
  @TextOrNullProperty({ example: 'Saturday worked' }) noteEn!: string | null;
  @TextOrNullProperty() documentNumber!: string | null;
  @TextOrNullProperty() sourceNote!: string | null;
  @ApiProperty({ example: 'admin' }) updatedBy!: string;
  @InstantProperty() updatedAt!: string;
}

export class CalendarYearDto {
  @IntProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone!: string;
  @ApiProperty({ type: [DayOffDto] }) daysOff!: DayOffDto[];
  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'date' },
    description: 'Saturdays and Sundays worked in exchange for a holiday',
  })
  workingWeekends!: string[];
  @ApiProperty({ type: [CalendarOverrideViewDto] }) overrides!: CalendarOverrideViewDto[];
}

export class WorkingDaysDto {
  @DateProperty({ example: '2026-02-13' }) from!: string;
  @IntProperty({ minimum: 0, example: 1 }) days!: number;
  @DateProperty({ example: '2026-02-23' }) date!: string;
  @InstantProperty({ description: 'The end of that working day' }) deadline!: string;
}
