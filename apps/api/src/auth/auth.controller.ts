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
  @ApiUnauthorizedResponse({ description: 'Sai tên đăng nhập hoặc mật khẩu / wrong credentials' })
  @ApiTooManyRequestsResponse({ description: 'Quá nhiều lần sai / too many failed attempts' })
  login(@Body() dto: LoginDto, @Ip() address: string): Promise<TokenResponse> {
    return this.auth.login(dto.username, dto.password, address);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Cặp mã mới / a new token pair', type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'Mã làm mới hết hạn hoặc đã thu hồi / refresh token expired or revoked' })
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
