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
    description: 'Mã truy cập (15 phút) và mã làm mới / an access token (15 min) and a refresh token',
    type: TokenResponseDto,
  })
  @ApiUnauthorizedResponse({
    description: 'Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản bị vô hiệu hóa / wrong credentials or deactivated',
  })
  @ApiTooManyRequestsResponse({
    description:
      'Tên đăng nhập này từ địa chỉ này sai nhiều lần (chờ tăng dần), hoặc địa chỉ thử quá nhiều tên; chờ Retry-After giây / ' +
      'this user name failed from this address (growing delays), or this address tried too many user names; wait Retry-After seconds',
  })
  login(@Body() dto: LoginDto, @Ip() address: string | undefined): Promise<TokenResponse> {
    return this.auth.login(dto.username, dto.password, address ?? 'unknown');
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Cặp mã mới; mã làm mới cũ hết hiệu lực / a new token pair; the refresh token presented is spent',
    type: TokenPairDto,
  })
  @ApiUnauthorizedResponse({
    description:
      'Mã làm mới hết hạn, đã thu hồi, hoặc đã dùng (dùng lại: cả phiên bị thu hồi) / refresh token expired, revoked or already used (reuse revokes the whole session)',
  })
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('auth/logout')
  @OwnAccount()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'Đăng xuất mọi nơi: mọi mã đã cấp hết hiệu lực / signed out everywhere: every token issued is revoked',
  })
  logout(@CurrentScope() scope: Scope): Promise<void> {
    return this.auth.logout(scope);
  }

  @Post('me/password')
  @OwnAccount()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'Đã đổi mật khẩu; mọi mã cũ hết hiệu lực, đăng nhập lại / changed; every earlier token is revoked',
  })
  changePassword(@CurrentScope() scope: Scope, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(scope, dto.currentPassword, dto.newPassword);
  }
}
