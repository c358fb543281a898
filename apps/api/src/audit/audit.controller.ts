import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditChainRepository, type CheckpointRow } from '@dondoc/persistence';
import { Roles } from '../auth/auth.guard';
import { CheckpointsQuery, VerifyAuditQuery } from './dto/verify-audit.query';
import { ChainVerificationDto, CheckpointDto } from './dto/audit.response';

/**
 * The tamper evidence of the audit log (docs/decisions/0020-audit-hash-chain.md):
 * verification of the hash chain and the daily checkpoints an auditor keeps outside.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(@Inject(AuditChainRepository) private readonly chain: AuditChainRepository) {}

  @Get('verify')
  @Roles('admin', 'auditor')
  @ApiOkResponse({
    description:
      'Kết quả kiểm tra chuỗi băm; `firstBreak` chỉ ra dòng đầu tiên không khớp hoặc chỗ bị mất / the chain check; `firstBreak` names the first row that does not match, or the gap',
    type: ChainVerificationDto,
  })
  verify(@Query() query: VerifyAuditQuery): Promise<ChainVerificationDto> {
    return this.chain.verify({ fromLastCheckpoint: query.from === 'checkpoint' });
  }

  @Get('checkpoints')
  @Roles('admin', 'auditor')
  @Header('Cache-Control', 'no-store')
  @ApiExtraModels(CheckpointDto)
  @ApiOkResponse({
    description:
      'Các điểm kiểm tra hằng ngày / the daily checkpoints (day, position, hash, rows); CSV with ?format=csv',
    content: {
      'application/json': { schema: { type: 'array', items: { $ref: getSchemaPath(CheckpointDto) } } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  async checkpoints(
    @Query() query: CheckpointsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CheckpointDto[] | string> {
    const rows = await this.chain.checkpoints();
    if (query.format !== 'csv') return rows;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="audit-checkpoints.csv"');
    return checkpointsCsv(rows);
  }
}

function checkpointsCsv(rows: CheckpointRow[]): string {
  const lines = rows.map((r) => [r.day, new Date(r.takenAt).toISOString(), r.pos, r.hash, r.rowCount].join(','));
  return ['\uFEFFday,taken_at,pos,hash,row_count', ...lines].join('\r\n') + '\r\n';
}
