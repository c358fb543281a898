import type { UnitDto } from './dto/unit.response';
import type { UnitEntity } from '@dondoc/persistence';

export function unitView(unit: UnitEntity): UnitDto {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    depth: unit.depth,
    active: unit.active,
    successorId: unit.successorId,
    successor: unit.successor ? { id: unit.successor.id, code: unit.successor.code, name: unit.successor.name } : null,
    head: { name: unit.headName, title: unit.headTitle, email: unit.headEmail, phone: unit.headPhone },
  };
}
export type UnitView = UnitDto;
