import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { CreateUserDto, USER_EXAMPLE } from './dto/create-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

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
  list(@CurrentScope() scope: Scope) {
    return this.users.list(scope);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({
    description: 'Đã tạo / created',
    schema: {
      example: USER_EXAMPLE,
    },
  })
  create(@CurrentScope() scope: Scope, @Body() dto: CreateUserDto) {
    return this.users.create(scope, dto);
  }
}
