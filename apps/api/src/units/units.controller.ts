import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { ValidationError, type Scope } from '@dondoc/domain';
import { UnitsRepository, type ImportRow } from '@dondoc/persistence';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import { flattenValidationErrors } from '../common/validation';
import {
  CreateUnitDto,
  DeactivateUnitDto,
  ImportUnitsDto,
  ListUnitsQuery,
  MoveUnitDto,
  SubtreeQuery,
  UpdateUnitDto,
} from './dto/unit.dto';
import { unitsFromCsv } from './units.csv';
import { unitView } from './unit.view';

const UNIT_EXAMPLE = {
  id: '6f1c…',
  code: 'MTTQ-TINH',
  name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  kind: 'fatherland_front',
  parentId: '2a9e…',
  depth: 1,
  active: true,
  successorId: null,
  head: { name: 'Nguyễn Văn Bình', title: 'Chủ tịch', email: null, phone: null },
};

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(@Inject(UnitsRepository) private readonly units: UnitsRepository) {}

  @Get()
  @ApiOkResponse({ schema: { example: { items: [UNIT_EXAMPLE], total: 1 } } })
  async list(@CurrentScope() scope: Scope, @Query() query: ListUnitsQuery) {
    const { items, total } = await this.units.list(scope, query);
    return { items: items.map(unitView), total };
  }

  @Get(':id')
  @ApiOkResponse({ schema: { example: UNIT_EXAMPLE } })
  async get(@CurrentScope() scope: Scope, @UuidParam('id') id: string) {
    return unitView(await this.units.get(scope, id));
  }

  @Get(':id/subtree')
  @ApiOkResponse({
    description: 'Đơn vị và toàn bộ cấp dưới / the unit and everything below it',
    schema: { example: { items: [UNIT_EXAMPLE], total: 1 } },
  })
  async subtree(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Query() query: SubtreeQuery) {
    const items = await this.units.subtree(scope, id, { includeInactive: query.includeInactive });
    return { items: items.map(unitView), total: items.length };
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ schema: { example: UNIT_EXAMPLE } })
  @ApiConflictResponse({ description: 'Mã đơn vị đã tồn tại / code taken' })
  async create(@CurrentScope() scope: Scope, @Body() dto: CreateUnitDto) {
    return unitView(await this.units.create(scope, { ...dto, parentId: dto.parentId ?? null }, scope.username));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ schema: { example: UNIT_EXAMPLE } })
  async update(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: UpdateUnitDto) {
    if (dto.parentId !== undefined) {
      throw new ValidationError([
        {
          field: 'parentId',
          message: 'parentId: dùng POST /units/{id}/move để chuyển đơn vị / use POST /units/{id}/move',
        },
      ]);
    }
    return unitView(await this.units.update(scope, id, dto, scope.username));
  }

  @Post(':id/move')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: { example: UNIT_EXAMPLE } })
  @ApiConflictResponse({ description: 'Tạo vòng lặp (409 nêu tên các đơn vị) / would make a cycle; names the units' })
  async move(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: MoveUnitDto) {
    return unitView(await this.units.move(scope, id, dto.parentId, scope.username));
  }

  @Post(':id/deactivate')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    schema: { example: { unit: { ...UNIT_EXAMPLE, active: false, successorId: '9b2d…' }, movedTaskIds: ['…'] } },
  })
  async deactivate(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: DeactivateUnitDto) {
    const result = await this.units.deactivate(scope, id, dto.successorId, dto.reason, scope.username);
    return { unit: unitView(result.unit), movedTaskIds: result.movedTaskIds };
  }

  @Post('import')
  @Roles('admin')
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    description:
      'JSON {"units":[…]} hoặc CSV có dòng tiêu đề code,name,kind,parentCode / JSON or CSV with a header row',
    schema: {
      example: { units: [{ code: 'XA-IAGRAI', name: 'Đảng ủy xã Ia Grai', kind: 'commune', parentCode: 'TU-GL' }] },
    },
  })
  @ApiCreatedResponse({ schema: { example: { created: 2 } } })
  async import(@CurrentScope() scope: Scope, @Req() request: Request, @Headers('content-type') contentType = '') {
    let rows: ImportRow[];
    if (contentType.startsWith('text/csv')) {
      if (typeof request.body !== 'string')
        throw new ValidationError([{ field: 'body', message: 'CSV rỗng / empty CSV body' }]);
      rows = unitsFromCsv(request.body);
    } else {
      const dto = plainToInstance(ImportUnitsDto, request.body ?? {});
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
      if (errors.length) throw new ValidationError(flattenValidationErrors(errors));
      rows = dto.units.map((unit, index) => ({ ...unit, line: index + 1, parentCode: unit.parentCode ?? null }));
    }
    return this.units.import(scope, rows, scope.username);
  }
}
