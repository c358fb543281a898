import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Why an account is deactivated or reactivated (kept in its audit row). */
export class AccountStatusDto {
  @ApiProperty({ example: 'Nghỉ hưu từ 01/12/2026 / retired' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
