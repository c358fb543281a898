import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import {
  CreateUnitDto,
  DeactivateUnitDto,
  ListUnitsQuery,
  MoveUnitDto,
  SubtreeQuery,
  UpdateUnitDto,
} from './dto/unit.dto';
import { UNIT_EXAMPLE, UNIT_IMPORT_EXAMPLE } from './dto/unit.examples';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(@Inject(UnitsService) private readonly units: UnitsService) {}

  @Get()
  @ApiOkResponse({ schema: { example: { items: [UNIT_EXAMPLE], total: 1 } } })
  list(@CurrentScope() scope: Scope, @Query() query: ListUnitsQuery) {
    return this.units.list(scope, query);
  }

  @Get(':id')
  @ApiOkResponse({ schema: { example: UNIT_EXAMPLE } })
  get(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return this.units.get(scope, id);
  }

  @Get(':id/subtree')
  @ApiOkResponse({
    description: 'Đơn vị và toàn bộ cấp dưới / the unit and everything below it',
    schema: { example: { items: [UNIT_EXAMPLE], total: 1 } },
  })
  subtree(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Query() query: SubtreeQuery) {
    return this.units.subtree(scope, id, query.includeInactive);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ schema: { example: UNIT_EXAMPLE } })
  @ApiConflictResponse({ description: 'Mã đơn vị đã tồn tại / code taken' })
  create(@CurrentScope() scope: Scope, @Body() dto: CreateUnitDto) {
    return this.units.create(scope, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ schema: { example: UNIT_EXAMPLE } })
  update(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: UpdateUnitDto) {
    return this.units.update(scope, id, dto);
  }

  @Post(':id/move')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: { example: UNIT_EXAMPLE } })
  @ApiConflictResponse({ description: 'Tạo vòng lặp (409 nêu tên các đơn vị) / would make a cycle; names the units' })
  move(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: MoveUnitDto) {
    return this.units.move(scope, id, dto.parentId);
  }

  @Post(':id/deactivate')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    schema: { example: { unit: { ...UNIT_EXAMPLE, active: false, successorId: '9b2d…' }, movedTaskIds: ['…'] } },
  })
  deactivate(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: DeactivateUnitDto) {
    return this.units.deactivate(scope, id, dto.successorId, dto.reason);
  }

  @Post('import')
  @Roles('admin')
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    description:
      'JSON {"units":[…]} hoặc CSV có dòng tiêu đề code,name,kind,parentCode / JSON or CSV with a header row',
    schema: { example: UNIT_IMPORT_EXAMPLE },
  })
  @ApiCreatedResponse({ schema: { example: { created: 2 } } })
  import(@CurrentScope() scope: Scope, @Body() body: unknown, @Headers('content-type') contentType = '') {
    return this.units.import(scope, body, contentType.startsWith('text/csv'));
  }
}
