import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { CreateUserDto } from './dto/create-user.dto';
import { MeDto, UserDto } from './dto/user.response';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentScope() scope: Scope): MeDto {
    return { userId: scope.userId, username: scope.username, role: scope.role, unitId: scope.unitId };
  }

  @Get()
  @ApiOkResponse({
    description: 'Người dùng trong phạm vi / users of units in your subtree',
    type: [UserDto],
  })
  list(@CurrentScope() scope: Scope): Promise<UserDto[]> {
    return this.users.list(scope);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({
    description: 'Đã tạo / created',
    type: UserDto,
  })
  create(@CurrentScope() scope: Scope, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(scope, dto);
  }
}
