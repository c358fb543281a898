import { ApiProperty } from '@nestjs/swagger';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsISO8601,
  IsObject,
  IsOptional,
  ValidateIf,
} from 'class-validator';

/**
 * A reorganisation plan as JSON (docs/decisions/0077-reorganisation-plans.md). The
 * operations' shapes are read by parsePlan (libs/domain), whose problems name the field
 * ("operations[2].from[1]"); this DTO checks only the envelope.
 */
export class ReorganisationRequestDto {
  @ApiProperty({
    description: 'True: preview only, nothing written; false: store the plan for effectiveAt, if it has no conflict',
  })
  @IsDefined()
  @IsBoolean()
  dryRun!: boolean;

  @ApiPropertyOptional({
    example: '2026-12-15',
    description:
      'A date (00:00 Vietnamese time), an instant with its offset (later than now), or "now" to apply at once; required with dryRun: false',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== 'now')
  @IsISO8601()
  effectiveAt?: string;

  @ApiProperty({
    type: 'array',
    minItems: 1,
    maxItems: 5000,
    description: 'Operations in order',
    items: { type: 'object', additionalProperties: true },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsObject({ each: true })
  operations!: Record<string, unknown>[];
}

export const REORGANISATION_EXAMPLE = {
  dryRun: true,
  effectiveAt: '2026-12-15',
  operations: [
    {
      op: 'merge',
      from: ['DU-IAGRAI', 'DU-CHUSE', 'DU-DAKDOA'],
      into: { code: 'DU-IAGRAI-CHUSE', name: 'Đảng ủy xã Ia Grai - Chư Sê', kind: 'commune', parentCode: 'TU-GL' },
    },
    { op: 'abolishLevel', units: ['MTTQ-PLEIKU'] },
  ],
};

export const REORGANISATION_CSV_EXAMPLE =
  'operation,unit,target,name,kind,parent,task,user\n' +
  'merge,DU-IAGRAI,DU-IAGRAI-CHUSE,Đảng ủy xã Ia Grai - Chư Sê,commune,TU-GL,,\n' +
  'merge,DU-CHUSE,DU-IAGRAI-CHUSE,,,,,\n' +
  'abolish,MTTQ-PLEIKU,,,,,,\n';
