import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
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
import { ROLES, type Role, type Scope } from '@dondoc/domain';
import { UnitsRepository, UsersRepository, type UserEntity } from '@dondoc/persistence';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';

export class CreateUserDto {
  @ApiProperty({ example: 'mttq.xa.iagrai' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,49}$/i, {
    message: 'username: 3–50 chữ, số, ".", "-", "_" / 3–50 letters, digits, ".", "-", "_"',
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
  email?: string;

  @ApiPropertyOptional({ description: 'Thủ trưởng đơn vị (nhận báo cáo vượt cấp) / head of the unit', default: false })
  @IsOptional()
  @IsBoolean()
  isHead?: boolean;
}

const USER_EXAMPLE = {
  id: '…',
  username: 'mttq.iagrai',
  fullName: 'Trần Thị Hoa',
  role: 'officer',
  unitId: '…',
  unitName: 'Ủy ban MTTQ Việt Nam xã Ia Grai',
  email: null,
  isHead: false,
  active: true,
};

const userView = (user: UserEntity) => ({
  id: user.id,
  username: user.username,
  fullName: user.fullName,
  role: user.role,
  unitId: user.unitId,
  unitName: user.unit?.name,
  email: user.email,
  isHead: user.isHead,
  active: user.active,
});

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
  ) {}

  @Get('me')
  @ApiOkResponse({ schema: { example: { userId: '…', username: 'bdv.tinh', role: 'officer', unitId: '…' } } })
  me(@CurrentScope() scope: Scope) {
    return { userId: scope.userId, username: scope.username, role: scope.role, unitId: scope.unitId };
  }

  @Get()
  @ApiOkResponse({
    description: 'Người dùng trong phạm vi / users of units in your subtree',
    schema: {
      example: [USER_EXAMPLE],
    },
  })
  async list(@CurrentScope() scope: Scope) {
    return (await this.users.list(scope)).map(userView);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({
    description: 'Đã tạo / created',
    schema: {
      example: USER_EXAMPLE,
    },
  })
  async create(@CurrentScope() scope: Scope, @Body() dto: CreateUserDto) {
    await this.units.requireAllInScope(scope, [{ field: 'unitId', id: dto.unitId }]);
    const passwordHash = await AuthService.hash(dto.password);
    return userView(await this.users.create({ ...dto, passwordHash }, scope.username));
  }
}
