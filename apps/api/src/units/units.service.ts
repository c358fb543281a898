import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConflictError, ValidationError, type ImportRow, type Scope, msg } from '@dondoc/domain';
import { UnitsRepository } from '@dondoc/persistence';
import { deactivateUnit, TemporalClientService } from '@dondoc/temporal-client';
import { validateInput } from '../common/validation';
import { ImportUnitsDto, type CreateUnitDto, type ListUnitsQuery, type UpdateUnitDto } from './dto/unit.dto';
import { unitsFromCsv } from './units.csv';
import { unitView } from './unit.view';

/** Units and the hierarchy: the API's rules; the repository keeps the SQL, libs/domain the import rules. */
import type { DeactivatedUnitDto, UnitDto, UnitsImportedDto } from './dto/unit.response';
import type { Page } from '../common/dto/response.dto';

@Injectable()
export class UnitsService {
  constructor(
    @Inject(UnitsRepository) private readonly units: UnitsRepository,
    @Inject(TemporalClientService) private readonly temporal: TemporalClientService,
  ) {}

  async list(scope: Scope, query: ListUnitsQuery): Promise<Page<UnitDto>> {
    const { items, total } = await this.units.list(scope, query);
    return { items: items.map(unitView), total };
  }

  async get(scope: Scope, id: string): Promise<UnitDto> {
    return unitView(await this.units.get(scope, id));
  }

  async subtree(scope: Scope, id: string, includeInactive?: boolean): Promise<Page<UnitDto>> {
    const items = await this.units.subtree(scope, id, { includeInactive });
    return { items: items.map(unitView), total: items.length };
  }

  async create(scope: Scope, dto: CreateUnitDto): Promise<UnitDto> {
    return unitView(await this.units.create(scope, { ...dto, parentId: dto.parentId ?? null }, scope.username));
  }

  /** Renaming and the like; a new parent is a move, with its own endpoint and checks. */
  async update(scope: Scope, id: string, dto: UpdateUnitDto): Promise<UnitDto> {
    if (dto.parentId !== undefined) {
      throw new ValidationError([
        {
          field: 'parentId',
          message: msg('units.usePostUnitsMove'),
        },
      ]);
    }
    return unitView(await this.units.update(scope, id, dto, scope.username));
  }

  async move(scope: Scope, id: string, parentId: string): Promise<UnitDto> {
    return unitView(await this.units.move(scope, id, parentId, scope.username));
  }

  /**
   * Deactivates a unit into its successor (docs/decisions/0042): checked here, recorded by
   * the unit's hand-over workflow, whose open tasks then each take the hand-over through
   * their own workflow. The API writes no task.
   */
  async deactivate(scope: Scope, id: string, successorId: string, reason: string): Promise<DeactivatedUnitDto> {
    await this.units.checkDeactivation(scope, id, successorId);
    const requestId = randomUUID();
    const result = await deactivateUnit(this.temporal.client, this.temporal.interactiveTaskQueue, {
      unitId: id,
      successorId,
      reason,
      actor: scope.username,
      requestId,
    });
    if (!result || result.requestId !== requestId) {
      throw new ConflictError(msg('units.theUnitIsAlreadyBeingDeactivated'), [{ field: 'id', message: id }]);
    }
    if (result.status === 'refused')
      throw new ConflictError(result.message, [{ field: result.field, message: result.value }]);
    return {
      unit: unitView(await this.units.get(scope, id)),
      movedTaskIds: result.movedTaskIds,
      handOverCompleted: result.handOverCompleted,
    };
  }

  /** A CSV text or a JSON body (already through the input boundary), all or nothing. */
  async import(scope: Scope, body: unknown, csv: boolean): Promise<UnitsImportedDto> {
    let rows: ImportRow[];
    if (csv) {
      if (typeof body !== 'string' || body === '')
        throw new ValidationError([{ field: 'body', message: msg('units.emptyCsvBody') }]);
      rows = unitsFromCsv(body);
    } else {
      const dto = await validateInput(ImportUnitsDto, body ?? {});
      rows = dto.units.map((unit, index) => ({ ...unit, line: index + 1, parentCode: unit.parentCode ?? null }));
    }
    return this.units.import(scope, rows, scope.username);
  }
}
