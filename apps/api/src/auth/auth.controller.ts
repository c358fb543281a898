import { Body, Controller, HttpCode, HttpStatus, Inject, Ip, Post } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Public } from './auth.guard';
import { AuthService, type TokenResponse } from './auth.service';

export class LoginDto {
  @ApiProperty({ example: 'bdv.tinh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username!: string;

  @ApiProperty({ example: 'DonDoc@2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Mã truy cập / bearer token',
    schema: {
      example: {
        accessToken: 'eyJhbGciOiJIUzI1NiIs…',
        tokenType: 'Bearer',
        expiresIn: 28800,
        user: {
          id: '…',
          username: 'bdv.tinh',
          fullName: 'Nguyễn Văn A',
          role: 'officer',
          unitId: '…',
          unitName: 'Ban Dân vận Tỉnh ủy',
        },
      },
    },
  })
  @ApiUnauthorizedResponse({ description: 'Sai tên đăng nhập hoặc mật khẩu / wrong credentials' })
  @ApiTooManyRequestsResponse({ description: 'Quá nhiều lần sai / too many failed attempts' })
  login(@Body() dto: LoginDto, @Ip() address: string): Promise<TokenResponse> {
    return this.auth.login(dto.username, dto.password, address);
  }
}
