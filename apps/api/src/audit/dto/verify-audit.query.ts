import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class VerifyAuditQuery {
  @ApiPropertyOptional({
    enum: ['start', 'checkpoint'],
    default: 'start',
    description: 'From the start of the chain, or from the last checkpoint (trusting it)',
  })
  @IsOptional()
  @IsIn(['start', 'checkpoint'])
  from?: 'start' | 'checkpoint';
}

export class CheckpointsQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
