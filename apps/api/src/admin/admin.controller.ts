import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { ResolvedWorkflowDto, ResolveStuckWorkflowDto, StuckWorkflowsDto } from './admin.dto';
import { AdminService } from './admin.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
@Roles('admin')
export class AdminController {
  constructor(@Inject(AdminService) private readonly admin: AdminService) {}

  @Get('stuck-workflows')
  @ApiOkResponse({
    description: 'Running workflows with an activity failing more than 3 times',
    type: StuckWorkflowsDto,
  })
  stuck(): Promise<StuckWorkflowsDto> {
    return this.admin.stuck();
  }

  @Post('stuck-workflows/:workflowId/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'workflowId', example: 'directive:0b6f5c1e-9f7d-4a51-8e5e-2c6d6b1f1a10' })
  @ApiOkResponse({ description: 'Ended, audited', type: ResolvedWorkflowDto })
  resolve(
    @CurrentScope() scope: Scope,
    @Param('workflowId') workflowId: string,
    @Body() dto: ResolveStuckWorkflowDto,
  ): Promise<ResolvedWorkflowDto> {
    return this.admin.resolve(scope, workflowId, dto);
  }
}
