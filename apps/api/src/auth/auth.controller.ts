import { Body, Controller, HttpCode, HttpStatus, Inject, Ip, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, OwnAccount, Public } from './auth.guard';
import { AuthService, type TokenPair, type TokenResponse } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { TokenPairDto, TokenResponseDto } from './dto/token.response';
import { ChangePasswordDto, RefreshDto } from './dto/session.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'An access token (15 min) and a refresh token',
    type: TokenResponseDto,
  })
  @ApiUnauthorizedResponse({
    description: 'Wrong credentials or deactivated',
  })
  @ApiTooManyRequestsResponse({
    description:
      'This user name failed from this address (growing delays), or this address tried too many user names; wait Retry-After seconds',
  })
  login(@Body() dto: LoginDto, @Ip() address: string | undefined): Promise<TokenResponse> {
    return this.auth.login(dto.username, dto.password, address ?? 'unknown');
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'A new token pair; the refresh token presented is spent',
    type: TokenPairDto,
  })
  @ApiUnauthorizedResponse({
    description: 'Refresh token expired, revoked or already used (reuse revokes the whole session)',
  })
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('auth/logout')
  @OwnAccount()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'Signed out everywhere: every token issued is revoked',
  })
  logout(@CurrentScope() scope: Scope): Promise<void> {
    return this.auth.logout(scope);
  }

  @Post('me/password')
  @OwnAccount()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'Changed; every earlier token is revoked',
  })
  changePassword(@CurrentScope() scope: Scope, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(scope, dto.currentPassword, dto.newPassword);
  }
}
