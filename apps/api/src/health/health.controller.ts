import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { TemporalClientService } from '@dondoc/temporal-client';
import { Public } from '../auth/auth.guard';
import { Unthrottled } from '../security/rate-limit';

export class DependencyHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ type: 'integer', minimum: 0 }) latencyMs!: number;
  @ApiProperty({ required: false }) error?: string;
}

export class HealthChecksDto {
  @ApiProperty({ type: DependencyHealthDto }) postgres!: DependencyHealthDto;
  @ApiProperty({ type: DependencyHealthDto }) temporal!: DependencyHealthDto;
}

export class HealthReportDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ type: HealthChecksDto }) checks!: HealthChecksDto;
}

export class LiveDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

export type DependencyHealth = DependencyHealthDto;
export type HealthReport = HealthReportDto;

async function probe(check: () => Promise<unknown>, timeoutMs: number): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Public()
@Unthrottled()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
  ) {}

  @Get()
  @ApiOkResponse({
    description: 'Both dependencies up',
    type: HealthReportDto,
  })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down',
    type: HealthReportDto,
  })
  check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    return this.ready(response);
  }

  /** Liveness: the process answers. A restart would not bring a dependency back, so none is asked. */
  @Get('live')
  @ApiOkResponse({ description: 'The process answers', type: LiveDto })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: send traffic here only while PostgreSQL and Temporal answer (the same checks as /health). */
  @Get('ready')
  @ApiOkResponse({ description: 'Ready for traffic', type: HealthReportDto })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down',
    type: HealthReportDto,
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const [postgres, temporal] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1'), 2_000),
      probe(() => this.temporal.ping(2_000), 2_500),
    ]);
    const healthy = postgres.status === 'up' && temporal.status === 'up';
    response.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: healthy ? 'ok' : 'degraded', checks: { postgres, temporal } };
  }
}
