import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { AccountStatusDto, ClearanceDto } from './dto/account-status.dto';
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
    description: 'Users of units in your subtree',
    type: [UserDto],
  })
  list(@CurrentScope() scope: Scope): Promise<UserDto[]> {
    return this.users.list(scope);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({
    description: 'Created',
    type: UserDto,
  })
  create(@CurrentScope() scope: Scope, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(scope, dto);
  }

  @Post(':id/deactivate')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'deactivated: every session ends now, sign-in refused',
    type: UserDto,
  })
  @ApiConflictResponse({
    description: 'Already deactivated, or your own account',
  })
  deactivate(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: AccountStatusDto,
  ): Promise<UserDto> {
    return this.users.setActive(scope, id, false, dto.reason);
  }

  @Post(':id/reactivate')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Reactivated; the user may sign in again',
    type: UserDto,
  })
  @ApiConflictResponse({ description: 'Already active' })
  reactivate(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: AccountStatusDto,
  ): Promise<UserDto> {
    return this.users.setActive(scope, id, true, dto.reason);
  }

  @Post(':id/clearance')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Grants or withdraws clearance for secret content (auditors, admins), audited',
    type: UserDto,
  })
  @ApiConflictResponse({ description: 'Only auditors and admins are cleared' })
  clearance(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: ClearanceDto): Promise<UserDto> {
    return this.users.setClearance(scope, id, dto.granted);
  }
}
