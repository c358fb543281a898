import { ConflictError, msg, type FieldProblem, type Text } from './errors';
import { foldVietnamese } from './document-number';
import { unitSearchText } from './search-text';
import { childPath, UNIT_CODE, UNIT_KINDS, type UnitKind } from './unit';
import type { Scope } from './user';

/**
 * Unit rules that need no database: the import of many units (rows checked, parents
 * resolved within the import or among existing units, cycles found), the stored form
 * of a unit's fields, and when a unit may be deactivated. libs/persistence does the SQL.
 */

export interface ImportRow {
  /** 1-based line (CSV) or item number (JSON) for error messages. */
  line: number;
  code: string;
  name: string;
  kind: string;
  /** Code of the parent: an existing unit or one earlier or later in the same import. */
  parentCode: string | null;
  headName?: string | null;
  headEmail?: string | null;
  headPhone?: string | null;
}

export interface UnitFields {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  headName?: string | null;
  headTitle?: string | null;
  headEmail?: string | null;
  headPhone?: string | null;
}

/**
 * A unit as stored: code upper case, name with single spaces, its folded form (for order)
 * and its search text (folded, abbreviations both ways: search-text.ts), empty heads as null.
 */
export function normaliseUnitFields(fields: UnitFields) {
  const name = fields.name.replace(/\s+/g, ' ');
  return {
    code: fields.code.toUpperCase(),
    name,
    nameFolded: foldVietnamese(name),
    searchFolded: unitSearchText(name),
    kind: fields.kind,
    parentId: fields.parentId,
    headName: fields.headName || null,
    headTitle: fields.headTitle || null,
    headEmail: fields.headEmail || null,
    headPhone: fields.headPhone || null,
  };
}

/** An existing unit the import may name as a parent. */
export interface KnownUnit {
  id: string;
  code: string;
  path: string;
  depth: number;
}

export type PlannedUnit = ReturnType<typeof normaliseUnitFields> & {
  id: string;
  path: string;
  depth: number;
  active: true;
};

const upper = (code: string | null | undefined) => code?.trim().toUpperCase() || null;

/** The codes an import must look up: its own (to refuse existing ones) and its parents'. */
export function importLookups(rows: ImportRow[]): string[] {
  const codes = rows.map((row) => upper(row.code)).filter((c): c is string => !!c);
  const parents = rows.map((row) => upper(row.parentCode)).filter((c): c is string => !!c);
  return [...new Set([...codes, ...parents])];
}

/**
 * Checks every row and places every unit (parents before children, so each insert
 * finds its parent). Problems name the line; any problem means nothing is written.
 */
export function planUnitImport(
  rows: ImportRow[],
  existing: Map<string, KnownUnit>,
  scope: Scope,
  /** The new unit's id, given its (upper-case) code. */
  newId: (code: string) => string,
): { problems: FieldProblem[]; units: PlannedUnit[] } {
  const problems: FieldProblem[] = [];
  const at = (row: ImportRow, field: string, message: Text) =>
    problems.push({
      field: `line ${row.line}: ${field}`,
      message: msg('units.lineCell', { line: row.line, column: field, why: message }),
    });
  const byCode = new Map<string, ImportRow>();
  for (const row of rows) {
    const code = upper(row.code) ?? '';
    if (!UNIT_CODE.test(code)) at(row, 'code', msg('unitImport.invalidCode'));
    else if (byCode.has(code)) at(row, 'code', msg('unitImport.duplicateOfLine', { value: byCode.get(code)!.line }));
    else byCode.set(code, row);
    if (!row.name) at(row, 'name', msg('unitImport.required'));
    if (!(UNIT_KINDS as readonly string[]).includes(row.kind))
      at(row, 'kind', msg('unitImport.mustBeOneOf', { UNIT_KINDS: UNIT_KINDS.join(', ') }));
  }
  for (const [code, row] of byCode)
    if (existing.has(code)) at(row, 'code', msg('unitImport.codeAlreadyExists', { code }));

  type Place = { id: string; path: string; depth: number };
  const places = new Map<string, Place>();
  const ids = new Map([...byCode.keys()].map((code) => [code, newId(code)]));
  const parentOf = (row: ImportRow, code: string, trail: Set<string>): Place | null | undefined => {
    const parentCode = upper(row.parentCode);
    if (!parentCode) {
      if (scope.role === 'admin') return null;
      at(row, 'parentCode', msg('unitImport.onlyAnAdminMayCreateA'));
      return undefined;
    }
    if (trail.has(parentCode)) {
      at(row, 'parentCode', msg('unitImport.parentCycle', { parentCode }));
      return undefined;
    }
    if (byCode.has(parentCode)) return place(parentCode, new Set([...trail, code])) ?? undefined;
    const found = existing.get(parentCode);
    if (!found) at(row, 'parentCode', msg('unitImport.noSuchUnit', { parentCode }));
    else if (!found.path.startsWith(scope.unitPath))
      at(row, 'parentCode', msg('unitImport.outsideYourSubtree', { parentCode }));
    else return found;
    return undefined;
  };
  const place = (code: string, trail: Set<string>): Place | null => {
    const done = places.get(code);
    if (done) return done;
    const parent = parentOf(byCode.get(code)!, code, trail);
    if (parent === undefined) return null;
    const id = ids.get(code)!;
    const placed = { id, path: childPath(parent?.path ?? null, id), depth: parent ? parent.depth + 1 : 0 };
    places.set(code, placed);
    return placed;
  };
  for (const code of byCode.keys()) place(code, new Set([code]));
  if (problems.length) {
    problems.sort((a, b) => Number(/\d+/.exec(a.field)?.[0]) - Number(/\d+/.exec(b.field)?.[0]));
    return { problems, units: [] };
  }

  const units = [...byCode.entries()].map(([code, row]): PlannedUnit => {
    const { id, path, depth } = places.get(code)!;
    const parentCode = upper(row.parentCode);
    const parentId = parentCode ? (places.get(parentCode)?.id ?? existing.get(parentCode)!.id) : null;
    const fields = normaliseUnitFields({
      code,
      name: row.name,
      kind: row.kind as UnitKind,
      parentId,
      headName: row.headName,
      headEmail: row.headEmail,
      headPhone: row.headPhone,
    });
    return { id, ...fields, path, depth, active: true };
  });
  units.sort((a, b) => a.depth - b.depth);
  return { problems, units };
}

/**
 * A unit is deactivated only once, into a successor outside it, after its active
 * sub-units have moved. Checked in that order, with what is known so far.
 */
export function deactivationConflict(
  unit: { id: string; code: string; path: string; active: boolean },
  successor?: { id: string; code: string; path: string },
  activeChildren = 0,
): ConflictError | null {
  if (!unit.active)
    return new ConflictError(msg('unitImport.unitAlreadyDeactivated', { code: unit.code }), [
      { field: 'id', message: unit.id },
    ]);
  if (successor?.path.startsWith(unit.path))
    return new ConflictError(
      msg('unitImport.theSuccessorLiesInsideTheUnit', { code: successor.code, code2: unit.code }),
      [{ field: 'successorId', message: successor!.id }],
    );
  if (activeChildren > 0)
    return new ConflictError(msg('unitImport.moveItsActiveSubUnitsFirst', { code: unit.code, activeChildren }), [
      { field: 'id', message: unit.id },
    ]);
  return null;
}
