import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '@dondoc/domain';

export class CreateUserDto {
  @ApiProperty({ example: 'mttq.xa.iagrai' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,49}$/i, {
    message: '3–50 letters, digits, ".", "-", "_"',
  })
  username!: string;

  @ApiProperty({ example: 'Mật-khẩu-đủ-dài-2026' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Trần Thị Hoa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ enum: ROLES, example: 'officer' })
  @IsIn(ROLES as unknown as string[])
  role!: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId!: string;

  @ApiPropertyOptional({ example: 'hoa.tt@example.vn' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ description: 'Head of the unit', default: false })
  @IsOptional()
  @IsBoolean()
  isHead?: boolean;

  @ApiPropertyOptional({
    description: 'Cleared to read secret content (auditors)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  secretClearance?: boolean;
}
