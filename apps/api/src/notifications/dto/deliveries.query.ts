import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { DeliveryEntity } from '@dondoc/persistence';
import { PagingQuery } from '../../common/dto/paging.dto';

const CHANNELS = ['email', 'webhook', 'sms', 'zalo', 'telegram'];
const STATUSES = ['pending', 'sending', 'sent', 'dead', 'held', 'digested', 'skipped'];

export class DeliveriesQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: DeliveryEntity['status'];

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: DeliveryEntity['channel'];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
