import { Controller, Get, Header, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditChainRepository, type CheckpointRow } from '@dondoc/persistence';
import { Roles } from '../auth/auth.guard';
import { CheckpointsQuery, VerifyAuditQuery } from './dto/verify-audit.query';
import { ChainVerificationDto, CheckpointDto } from './dto/audit.response';
import { csvField } from '../exports/csv.writer';
import { exportWords, type ExportWords } from '../exports/labels';
import { readerLanguage } from '@dondoc/i18n';

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
    description: 'The chain check; `firstBreak` names the first row that does not match, or the gap',
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
      "The daily checkpoints (day, position, hash, rows); CSV with ?format=csv, its header row in the reader's language (Accept-Language)",
    content: {
      'application/json': { schema: { type: 'array', items: { $ref: getSchemaPath(CheckpointDto) } } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  async checkpoints(
    @Query() query: CheckpointsQuery,
    @Res({ passthrough: true }) res: Response,
    @Headers('accept-language') language?: string,
  ): Promise<CheckpointDto[] | string> {
    const rows = await this.chain.checkpoints();
    if (query.format !== 'csv') return rows;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="audit-checkpoints.csv"');
    return checkpointsCsv(rows, exportWords(readerLanguage(language)));
  }
}

/**
 * The checkpoints for an auditor to keep: the header row in the reader's language; the
 * values as the chain states them (the day as yyyy-mm-dd, the instant in UTC ISO 8601,
 * the hash in hex), since an auditor compares them with a verification, not reads them.
 */
function checkpointsCsv(rows: CheckpointRow[], words: ExportWords): string {
  const h = words.checkpoints;
  const header = [h.day, h.takenAt, h.pos, h.hash, h.rowCount].map(csvField).join(',');
  const lines = rows.map((r) => [r.day, new Date(r.takenAt).toISOString(), r.pos, r.hash, r.rowCount].join(','));
  return [`\uFEFF${header}`, ...lines].join('\r\n') + '\r\n';
}
