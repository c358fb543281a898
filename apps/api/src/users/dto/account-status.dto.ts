import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Why an account is deactivated or reactivated (kept in its audit row). */
export class AccountStatusDto {
  @ApiProperty({ example: 'Retired' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

/** Whether a user is cleared to read secret content (a grant of its own, audited). */
export class ClearanceDto {
  @ApiProperty({ description: 'true: grant; false: withdraw' })
  @IsBoolean({ message: 'true or false' })
  granted!: boolean;
}
