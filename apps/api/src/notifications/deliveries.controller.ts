import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { DeliveriesService } from './deliveries.service';
import { DeliveriesQuery } from './dto/deliveries.query';
import { DeliveryDto } from './dto/notification.response';
import { PageOf, type Page } from '../common/dto/response.dto';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('deliveries')
export class DeliveriesController {
  constructor(@Inject(DeliveriesService) private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOkResponse({ type: PageOf(DeliveryDto) })
  list(@CurrentScope() scope: Scope, @Query() query: DeliveriesQuery): Promise<Page<DeliveryDto>> {
    return this.deliveries.list(scope, query);
  }

  @Post(':id/redrive')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'Re-driving', type: DeliveryDto })
  @ApiConflictResponse({ description: 'Only a dead delivery' })
  redrive(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<DeliveryDto> {
    return this.deliveries.redrive(scope, id);
  }
}
