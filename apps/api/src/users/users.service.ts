import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '@dondoc/domain';
import { UnitsRepository, UsersRepository, type UserEntity } from '@dondoc/persistence';
import { AuthService } from '../auth/auth.service';
import { assertPasswordPolicy } from '../auth/password-policy';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UserDto } from './dto/user.response';

const userView = (user: UserEntity): UserDto => ({
  id: user.id,
  username: user.username,
  fullName: user.fullName,
  role: user.role,
  unitId: user.unitId,
  unitName: user.unit?.name,
  email: user.email,
  isHead: user.isHead,
  secretClearance: user.secretClearance,
  active: user.active,
});

/** Users of the units in one's scope; admins create, deactivate and reactivate them in their subtree. */
@Injectable()
export class UsersService {
  constructor(
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
  ) {}

  async list(scope: Scope): Promise<UserDto[]> {
    return (await this.users.list(scope)).map(userView);
  }

  async create(scope: Scope, dto: CreateUserDto): Promise<UserDto> {
    assertPasswordPolicy(dto.password, dto.username);
    await this.units.requireAllInScope(scope, [{ field: 'unitId', id: dto.unitId }]);
    const passwordHash = await AuthService.hash(dto.password);
    return userView(await this.users.create({ ...dto, passwordHash }, scope.username));
  }

  /** Deactivates or reactivates an account in scope; its sessions end at once (audited with the reason). */
  async setActive(scope: Scope, userId: string, active: boolean, reason: string): Promise<UserDto> {
    return userView(await this.users.setActive(scope, userId, active, reason));
  }

  /** Grants or withdraws clearance for secret content: auditors and admins only; audited when it changes. */
  async setClearance(scope: Scope, userId: string, granted: boolean): Promise<UserDto> {
    return userView(await this.users.setClearance(scope, userId, granted));
  }
}
