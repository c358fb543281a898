import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Inject, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Public } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { ChannelsService } from './channels.service';
import { ReceiptsService } from './receipts.service';
import { AddPhoneDto, VerifyPhoneDto } from './dto/channels.dto';
import { ChannelAddressDto, ChannelsViewDto, TelegramLinkDto, ZaloLinkDto } from './dto/channels.response';

/** One's own SMS, Zalo and Telegram addresses (docs/decisions/0081). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/channels')
export class ChannelsController {
  constructor(@Inject(ChannelsService) private readonly channels: ChannelsService) {}

  @Get()
  @ApiOkResponse({ type: ChannelsViewDto })
  view(@CurrentScope() scope: Scope): Promise<ChannelsViewDto> {
    return this.channels.view(scope.userId);
  }

  @Post('sms')
  @ApiCreatedResponse({ type: ChannelAddressDto, description: 'Pending: a code went by SMS (10 minutes, 5 tries)' })
  addPhone(@CurrentScope() scope: Scope, @Body() dto: AddPhoneDto): Promise<ChannelAddressDto> {
    return this.channels.addPhone(scope, dto.phone);
  }

  @Post('sms/verify')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ChannelAddressDto, description: 'Verified' })
  verifyPhone(@CurrentScope() scope: Scope, @Body() dto: VerifyPhoneDto): Promise<ChannelAddressDto> {
    return this.channels.verifyPhone(scope, dto.code);
  }

  @Post('telegram')
  @ApiCreatedResponse({ type: TelegramLinkDto, description: 'A one-time /start link (10 minutes)' })
  telegram(@CurrentScope() scope: Scope): Promise<TelegramLinkDto> {
    return this.channels.telegramLink(scope);
  }

  @Post('zalo')
  @ApiCreatedResponse({ type: ZaloLinkDto, description: 'A code to send to the Official Account (10 minutes)' })
  zalo(@CurrentScope() scope: Scope): Promise<ZaloLinkDto> {
    return this.channels.zaloLink(scope);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed: it receives nothing from now on' })
  async remove(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<void> {
    await this.channels.remove(scope, id);
  }
}

/**
 * The providers' webhooks: Telegram's updates (secret header as set with setWebhook) and
 * the Zalo OA's events (signed, links and delivery receipts), eSMS's delivery reports.
 * Machine-to-machine, outside the public document.
 */
@Controller('channels')
export class ChannelWebhooksController {
  constructor(
    @Inject(ChannelsService) private readonly channels: ChannelsService,
    @Inject(ReceiptsService) private readonly receipts: ReceiptsService,
  ) {}

  @Public()
  @Post('telegram/webhook')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiExcludeEndpoint()
  async telegram(
    @Headers('x-telegram-bot-api-secret-token') secret: string | undefined,
    @Body() update: unknown,
  ): Promise<void> {
    await this.channels.telegramUpdate(secret, update);
  }

  /** eSMS's delivery reports: a GET to the CallbackUrl given with each message (docs/decisions/0084). */
  @Public()
  @Get('sms/receipts')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiExcludeEndpoint()
  async smsReceipt(@Req() request: Request): Promise<void> {
    await this.receipts.sms(new URL(request.originalUrl, 'http://callback').searchParams);
  }

  @Public()
  @Post('zalo/webhook')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiExcludeEndpoint()
  async zalo(
    @Headers('x-zevent-signature') signature: string | undefined,
    @Req() request: Request & { rawBody?: Buffer },
    @Body() event: unknown,
  ): Promise<void> {
    await this.channels.zaloEvent(signature, request.rawBody?.toString('utf8'), event);
  }
}
