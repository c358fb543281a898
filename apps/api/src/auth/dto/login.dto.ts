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

export const TOKEN_EXAMPLE = {
  accessToken: 'eyJhbGciOiJIUzI1NiIs…',
  tokenType: 'Bearer',
  expiresIn: 28800,
  user: {
    id: '…',
    username: 'bdv.tinh',
    fullName: 'Nguyễn Văn A',
    role: 'officer',
    unitId: '…',
    unitName: 'Ban Dân vận Tỉnh ủy',
  },
};
