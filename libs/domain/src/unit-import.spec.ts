import { deactivationConflict, planUnitImport, type ImportRow, type KnownUnit } from './unit-import';
import type { Scope } from './user';
import { renderText } from '@dondoc/i18n';

/** A message as it reads in both languages, joined for matching. */
const both = (text: Parameters<typeof renderText>[0]) => `${renderText(text, 'vi')} / ${renderText(text, 'en')}`;

const admin: Scope = { userId: 'u', username: 'admin', role: 'admin', unitId: 'root', unitPath: '/root/' };
const officer: Scope = { ...admin, role: 'officer' };
const root: KnownUnit = { id: 'root', code: 'TU', path: '/root/', depth: 0 };
let n = 0;
const newId = () => `id${++n}`;
const row = (line: number, code: string, parentCode: string | null, more: Partial<ImportRow> = {}): ImportRow => ({
  line,
  code,
  name: `Đơn vị  ${code}`,
  kind: 'other',
  parentCode,
  ...more,
});

describe('unit import (pure)', () => {
  it('places children after parents whatever the order, under existing units', () => {
    const { problems, units } = planUnitImport(
      [row(1, 'xa-b', 'HUYEN-A'), row(2, 'huyen-a', 'tu')],
      new Map([['TU', root]]),
      admin,
      newId,
    );
    expect(problems).toEqual([]);
    expect(units.map((u) => [u.code, u.depth, u.name])).toEqual([
      ['HUYEN-A', 1, 'Đơn vị huyen-a'],
      ['XA-B', 2, 'Đơn vị xa-b'],
    ]);
    expect(units[1]!.path.startsWith(units[0]!.path)).toBe(true);
  });

  it('reports every problem with its line, sorted (both ends of a cycle)', () => {
    const { problems, units } = planUnitImport(
      [
        row(1, 'A', 'B'),
        row(2, 'B', 'A'),
        row(3, 'bad code!', null),
        row(4, 'C', 'NOWHERE', { kind: 'castle', name: '' }),
        row(5, 'TU', null),
      ],
      new Map([['TU', root]]),
      admin,
      newId,
    );
    expect(units).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual([
      'line 1: parentCode',
      'line 2: parentCode',
      'line 3: code',
      'line 4: name',
      'line 4: kind',
      'line 4: parentCode',
      'line 5: code',
    ]);
  });

  it('lets only an admin create a root unit, and only inside the scope', () => {
    const outside: KnownUnit = { id: 'x', code: 'X', path: '/other/', depth: 0 };
    const { problems } = planUnitImport(
      [row(1, 'A', null), row(2, 'B', 'X')],
      new Map([['X', outside]]),
      officer,
      newId,
    );
    expect(problems.map((p) => p.field)).toEqual(['line 1: parentCode', 'line 2: parentCode']);
  });

  it('deactivates once, into a successor outside, after the sub-units moved', () => {
    const unit = { id: 'a', code: 'A', path: '/root/a/', active: true };
    expect(both(deactivationConflict({ ...unit, active: false })!.text)).toContain('already');
    expect(deactivationConflict(unit, { id: 'b', code: 'B', path: '/root/a/b/' })?.details[0]?.field).toBe(
      'successorId',
    );
    expect(both(deactivationConflict(unit, { id: 'c', code: 'C', path: '/root/c/' }, 2)!.text)).toContain('2');
    expect(deactivationConflict(unit, { id: 'c', code: 'C', path: '/root/c/' }, 0)).toBeNull();
  });
});
