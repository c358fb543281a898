import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'bdv.tinh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username!: string;

  @ApiProperty({ example: 'DonDoc@2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}
