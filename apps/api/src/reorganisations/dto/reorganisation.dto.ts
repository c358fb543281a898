import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsObject } from 'class-validator';

/**
 * A reorganisation plan as JSON (docs/decisions/0077-reorganisation-plans.md). The
 * operations' shapes are read by parsePlan (libs/domain), whose problems name the field
 * ("operations[2].from[1]"); this DTO checks only the envelope.
 */
export class ReorganisationRequestDto {
  @ApiProperty({
    description:
      'true: chỉ xem trước, không ghi gì. false: áp dụng (chưa có, trả 422) / true: preview only, nothing written; false: apply (not available yet: 422)',
  })
  @IsDefined()
  @IsBoolean()
  dryRun!: boolean;

  @ApiProperty({
    type: 'array',
    minItems: 1,
    maxItems: 5000,
    description:
      'Các thao tác theo thứ tự: merge {from[], into}, split {from, into[], tasks{taskId: code}, otherwise}, move {unit, parent}, abolishLevel {units[]}, rename {unit, name}, moveUsers {users[], to} / operations in order',
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
