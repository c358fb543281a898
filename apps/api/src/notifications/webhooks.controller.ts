import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { WebhookDto } from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';
import { WebhookCreatedDto, WebhookViewDto } from './dto/notification.response';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('units/:unitId/webhooks')
export class WebhooksController {
  constructor(@Inject(WebhooksService) private readonly webhooks: WebhooksService) {}

  @Post()
  @Roles('admin', 'leader')
  @ApiForbiddenResponse({ description: 'Admins and unit leaders only' })
  @ApiCreatedResponse({
    description: 'The secret is shown this once',
    type: WebhookCreatedDto,
  })
  create(
    @CurrentScope() scope: Scope,
    @UuidParam('unitId') unitId: string,
    @Body() dto: WebhookDto,
  ): Promise<WebhookCreatedDto> {
    return this.webhooks.create(scope, unitId, dto);
  }

  @Get()
  @ApiOkResponse({ type: [WebhookViewDto] })
  list(@CurrentScope() scope: Scope, @UuidParam('unitId') unitId: string): Promise<WebhookViewDto[]> {
    return this.webhooks.list(scope, unitId);
  }

  @Delete(':id')
  @Roles('admin', 'leader')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deactivated' })
  async remove(@CurrentScope() scope: Scope, @UuidParam('unitId') unitId: string, @UuidParam('id') id: string) {
    await this.webhooks.remove(scope, unitId, id);
  }
}
