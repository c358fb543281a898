import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@dondoc/domain';
import { IntProperty, UuidProperty } from '../../common/dto/response.dto';

export class TokenPairDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIs…' }) accessToken!: string;
  @ApiProperty({
    example: 'eyJhbGciOiJIUzI1NiIs…',
    description: 'Exchanged once at POST /auth/refresh for a new pair',
  })
  refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @IntProperty({
    minimum: 1,
    example: 900,
    description: 'Seconds the access token lives',
  })
  expiresIn!: number;
}

export class SignedInUserDto {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'bdv.tinh' }) username!: string;
  @ApiProperty({ example: 'Nguyễn Văn A' }) fullName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @UuidProperty() unitId!: string;
  @ApiProperty({ example: 'Ban Dân vận Tỉnh ủy' }) unitName!: string;
}

export class TokenResponseDto extends TokenPairDto {
  @ApiProperty({ type: SignedInUserDto }) user!: SignedInUserDto;
}
