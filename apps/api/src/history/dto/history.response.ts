import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { InstantProperty, IntProperty, TextOrNullProperty, UuidProperty } from '../../common/dto/response.dto';
import { LabelDto } from '../../explanations/dto/explanation.response';

/** Any JSON value: a field's value before or after a change. */
const ANY_VALUE = {
  nullable: true,
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', additionalProperties: true },
    { type: 'array', items: {} },
  ],
};

export class HistoryUnitRefDto {
  @UuidProperty() id!: string;
  @TextOrNullProperty() name!: string | null;
}

export class SystemActorDto {
  @ApiProperty({ enum: ['system'] }) type!: 'system';
}

export class UserActorDto {
  @ApiProperty({ enum: ['user'] }) type!: 'user';
  @ApiProperty() username!: string;
  @UuidProperty({ nullable: true }) userId!: string | null;
  @TextOrNullProperty() fullName!: string | null;
  @ApiProperty({ type: HistoryUnitRefDto, nullable: true }) unit!: HistoryUnitRefDto | null;
}

export class HistoryEntityDto {
  @ApiProperty({ example: 'task' }) type!: string;
  @ApiProperty() id!: string;
}

export class FieldChangeDto {
  @ApiProperty() field!: string;
  @ApiProperty(ANY_VALUE) before!: unknown;
  @ApiProperty(ANY_VALUE) after!: unknown;
}

export class HistoryRelatedDto {
  @UuidProperty({ nullable: true }) directiveId!: string | null;
  @UuidProperty({ nullable: true }) taskId!: string | null;
}

export class DeliveryTallyDto {
  @ApiProperty({ example: 'email' }) channel!: string;
  @ApiProperty({ example: 'sent' }) status!: string;
  @IntProperty({ minimum: 0 }) count!: number;
}

export class HistoryNoticeDto {
  @ApiProperty() noticeId!: string;
  @IntProperty({ nullable: true }) level!: number | null;
  @ApiProperty({ type: HistoryUnitRefDto, nullable: true }) targetUnit!: HistoryUnitRefDto | null;
  @UuidProperty({ nullable: true }) lateUnitId!: string | null;
  @IntProperty({ minimum: 0 }) recipients!: number;
  @IntProperty({ minimum: 0 }) readBy!: number;
  @ApiProperty({ type: [DeliveryTallyDto] }) deliveries!: DeliveryTallyDto[];
}

/** A unit a hand-over names: the one a task left, the successor it went to. */
export class HandOverUnitDto {
  @UuidProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

/** A task's hand-over from an ended unit to its successor (docs/decisions/0079). */
export class HistoryHandOverDto {
  @ApiProperty({ type: HandOverUnitDto, description: 'The unit the task left' }) from!: HandOverUnitDto;
  @ApiProperty({ type: HandOverUnitDto, description: 'Its successor' }) to!: HandOverUnitDto;
}

/** One line of a history: a change someone made, or a notice the system sent. */
@ApiExtraModels(SystemActorDto, UserActorDto)
export class HistoryEntryDto {
  @InstantProperty() at!: string;
  @ApiProperty({ enum: ['change', 'notice'] }) kind!: 'change' | 'notice';
  @ApiProperty({ example: 'task.cancelled' }) action!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(SystemActorDto) }, { $ref: getSchemaPath(UserActorDto) }] })
  actor!: SystemActorDto | UserActorDto;
  @ApiProperty({ type: HistoryEntityDto }) entity!: HistoryEntityDto;
  @ApiProperty({ type: [FieldChangeDto] }) changes!: FieldChangeDto[];
  @ApiProperty({ type: HistoryRelatedDto }) related!: HistoryRelatedDto;
  @ApiProperty({ type: HistoryNoticeDto, required: false }) notice?: HistoryNoticeDto;
  @ApiProperty({ type: HistoryHandOverDto, required: false, description: 'A task.handed_over row: the units, named' })
  handOver?: HistoryHandOverDto;
}

export class HistoryPageDto {
  @IntProperty({ minimum: 0 }) total!: number;
  @IntProperty({ minimum: 1 }) limit!: number;
  @IntProperty({ minimum: 0 }) offset!: number;
  @ApiProperty({ type: [HistoryEntryDto] }) items!: HistoryEntryDto[];
}
