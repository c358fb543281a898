import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '../password-policy';

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  refreshToken!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ example: 'DonDoc@2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({
    example: 'Mật-khẩu-mới-đủ-dài-2026',
    minLength: PASSWORD_MIN_LENGTH,
    description: `At least ${PASSWORD_MIN_LENGTH} characters, not the username, not a common password`,
  })
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}
