import { ApiProperty } from '@nestjs/swagger';
import { LATENESS_REASONS } from '@dondoc/domain';
import { InstantProperty, IntProperty, TextOrNullProperty, UuidProperty } from '../../common/dto/response.dto';

export class LabelDto {
  @ApiProperty({ example: 'Khối lượng công việc lớn' }) vi!: string;
  @ApiProperty({ example: 'Heavy workload' }) en!: string;
}

/** A reason category for lateness. */
export class ReasonDto {
  @ApiProperty({ enum: LATENESS_REASONS }) code!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
}

export class ExplanationRequestedDto {
  @UuidProperty() explanationId!: string;
  @UuidProperty() taskId!: string;
  @UuidProperty({ description: 'The unit asked' }) unitId!: string;
  @InstantProperty() dueAt!: string;
}

export class ExplanationAnsweredDto {
  @UuidProperty() explanationId!: string;
  @ApiProperty({ enum: ['open', 'answered'] }) status!: 'open' | 'answered';
  @InstantProperty({ nullable: true }) answeredAt!: string | null;
}

export class ExplanationDto {
  @UuidProperty() id!: string;
  @UuidProperty() taskId!: string;
  @UuidProperty() unitId!: string;
  @UuidProperty() requestingUnitId!: string;
  @ApiProperty() requestedBy!: string;
  @InstantProperty() requestedAt!: string;
  @InstantProperty() dueAt!: string;
  @IntProperty({ minimum: 1 }) workingDays!: number;
  @ApiProperty() note!: string;
  @ApiProperty({ enum: ['open', 'answered'] }) status!: 'open' | 'answered';
  @TextOrNullProperty() answeredBy!: string | null;
  @InstantProperty({ nullable: true }) answeredAt!: string | null;
  @ApiProperty({ type: ReasonDto, nullable: true }) reason!: ReasonDto | null;
  @TextOrNullProperty() answer!: string | null;
}
