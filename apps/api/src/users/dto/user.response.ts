import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@dondoc/domain';
import { TextOrNullProperty, UuidProperty } from '../../common/dto/response.dto';

export class UserDto {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'mttq.iagrai' }) username!: string;
  @ApiProperty({ example: 'Trần Thị Hoa' }) fullName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @UuidProperty() unitId!: string;
  @ApiProperty({ required: false, example: 'Ủy ban MTTQ Việt Nam xã Ia Grai' }) unitName?: string;
  @TextOrNullProperty() email!: string | null;
  @ApiProperty({ description: 'Head of the unit' }) isHead!: boolean;
  @ApiProperty({ description: 'May read secret content' }) secretClearance!: boolean;
  @ApiProperty({ description: 'May sign in; false: deactivated' })
  active!: boolean;
}

/** Who is signed in. */
export class MeDto {
  @UuidProperty() userId!: string;
  @ApiProperty({ example: 'bdv.tinh' }) username!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @UuidProperty() unitId!: string;
}
