import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Scope } from '@dondoc/domain';
import { CurrentScope, Roles } from '../auth/auth.guard';
import { UuidParam } from '../common/uuid.pipe';
import {
  CreateUnitDto,
  DeactivateUnitDto,
  ImportUnitsDto,
  ListUnitsQuery,
  MoveUnitDto,
  SubtreeQuery,
  UpdateUnitDto,
} from './dto/unit.dto';
import { UNIT_IMPORT_EXAMPLE } from './dto/unit.examples';
import { DeactivatedUnitDto, UnitDto, UnitsImportedDto } from './dto/unit.response';
import { PageOf, type Page } from '../common/dto/response.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(@Inject(UnitsService) private readonly units: UnitsService) {}

  @Get()
  @ApiOkResponse({ type: PageOf(UnitDto) })
  list(@CurrentScope() scope: Scope, @Query() query: ListUnitsQuery): Promise<Page<UnitDto>> {
    return this.units.list(scope, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UnitDto })
  get(@CurrentScope() scope: Scope, @UuidParam('id') id: string): Promise<UnitDto> {
    return this.units.get(scope, id);
  }

  @Get(':id/subtree')
  @ApiOkResponse({
    description: 'The unit and everything below it',
    type: PageOf(UnitDto),
  })
  subtree(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Query() query: SubtreeQuery,
  ): Promise<Page<UnitDto>> {
    return this.units.subtree(scope, id, query.includeInactive);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: UnitDto })
  @ApiConflictResponse({ description: 'Code taken' })
  create(@CurrentScope() scope: Scope, @Body() dto: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(scope, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UnitDto })
  update(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: UpdateUnitDto): Promise<UnitDto> {
    return this.units.update(scope, id, dto);
  }

  @Post(':id/move')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UnitDto })
  @ApiConflictResponse({ description: 'Would make a cycle; names the units' })
  move(@CurrentScope() scope: Scope, @UuidParam('id') id: string, @Body() dto: MoveUnitDto): Promise<UnitDto> {
    return this.units.move(scope, id, dto.parentId);
  }

  @Post(':id/deactivate')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Deactivated', type: DeactivatedUnitDto })
  deactivate(
    @CurrentScope() scope: Scope,
    @UuidParam('id') id: string,
    @Body() dto: DeactivateUnitDto,
  ): Promise<DeactivatedUnitDto> {
    return this.units.deactivate(scope, id, dto.successorId, dto.reason);
  }

  @Post('import')
  @Roles('admin')
  @ApiExtraModels(ImportUnitsDto)
  @ApiOperation({
    requestBody: {
      description: 'JSON or CSV with a header row',
      required: true,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(ImportUnitsDto) }, example: UNIT_IMPORT_EXAMPLE },
        'text/csv': {
          schema: { type: 'string', pattern: '^\\uFEFF?code,name,kind,parentCode' },
          example: 'code,name,kind,parentCode\nXA-IAGRAI,Đảng ủy xã Ia Grai,commune,TU-GL\n',
        },
      },
    },
  })
  @ApiCreatedResponse({ description: 'Units created', type: UnitsImportedDto })
  import(
    @CurrentScope() scope: Scope,
    @Body() body: unknown,
    @Headers('content-type') contentType = '',
  ): Promise<UnitsImportedDto> {
    return this.units.import(scope, body, contentType.startsWith('text/csv'));
  }
}
