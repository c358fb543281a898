import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class AddPhoneDto {
  @ApiProperty({ example: '0912 345 678', description: 'A Vietnamese mobile number as written; kept as +84…' })
  @IsString()
  @MaxLength(30)
  phone!: string;
}

export class VerifyPhoneDto {
  @ApiProperty({ example: '482913', description: 'The 6-digit code sent by SMS' })
  @IsString()
  @Matches(/^\s*\d{6}\s*$/, { message: 'six digits' })
  code!: string;
}
