import { Body, Controller, HttpCode, HttpStatus, Inject, Ip, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from './auth.guard';
import { AuthService, type TokenResponse } from './auth.service';
import { LoginDto, TOKEN_EXAMPLE } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Mã truy cập / bearer token',
    schema: { example: TOKEN_EXAMPLE },
  })
  @ApiUnauthorizedResponse({ description: 'Sai tên đăng nhập hoặc mật khẩu / wrong credentials' })
  @ApiTooManyRequestsResponse({ description: 'Quá nhiều lần sai / too many failed attempts' })
  login(@Body() dto: LoginDto, @Ip() address: string): Promise<TokenResponse> {
    return this.auth.login(dto.username, dto.password, address);
  }
}
