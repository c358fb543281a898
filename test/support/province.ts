import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Scope } from '@dondoc/domain';
import {
  DEMO_USERS,
  demoUnits,
  seed000Directive,
  UnitEntity,
  UnitsRepository,
  UsersRepository,
} from '@dondoc/persistence';

const NIL = '00000000-0000-0000-0000-000000000000';
export const SYSTEM: Scope = { userId: NIL, username: 'test', role: 'admin', unitId: NIL, unitPath: '/' };
export const PASSWORD = 'DonDoc@2026-test';

export interface TestProvince {
  prefix: string;
  /** Unit id by demo code (without the prefix). */
  unit(code: string): string;
  units: Map<string, UnitEntity>;
  /** Username with the prefix for a demo username. */
  user(name: string): string;
}

/**
 * The demo province under a unique prefix, so every test file has its own tree and
 * tests never share rows (codes and usernames are globally unique).
 */
export async function seedTestProvince(
  dataSource: DataSource,
  prefix = `T${randomUUID().slice(0, 6).toUpperCase()}`,
): Promise<TestProvince> {
  const rows = demoUnits().map((row) => ({
    ...row,
    code: `${prefix}-${row.code}`,
    parentCode: row.parentCode ? `${prefix}-${row.parentCode}` : null,
  }));
  await new UnitsRepository(dataSource).import(SYSTEM, rows, 'test');
  const units = new Map(
    (
      await dataSource
        .getRepository(UnitEntity)
        .createQueryBuilder('u')
        .where('u.code LIKE :p', { p: `${prefix}-%` })
        .getMany()
    ).map((u) => [u.code.slice(prefix.length + 1), u]),
  );
  const users = new UsersRepository(dataSource);
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  for (const user of DEMO_USERS) {
    await users.create(
      {
        ...user,
        username: `${prefix.toLowerCase()}.${user.username}`,
        passwordHash,
        unitId: units.get(user.unitCode)!.id,
      },
      'test',
    );
  }
  return {
    prefix,
    units,
    unit: (code) => {
      const found = units.get(code);
      if (!found) throw new Error(`no unit ${code}`);
      return found.id;
    },
    user: (name) => `${prefix.toLowerCase()}.${name}`,
  };
}

/** The seed-000 directive as a request body for this province. */
export function seed000Body(province: TestProvince, issueDate: string, documentNumber?: string) {
  const spec = seed000Directive(issueDate);
  return {
    documentNumber: documentNumber ?? spec.documentNumber,
    title: spec.title,
    summary: spec.summary,
    issueDate,
    issuingUnitId: province.unit(spec.issuingUnitCode),
    tasks: spec.tasks.map(({ leadUnitCode, coordinatingUnitCodes, ...task }) => ({
      ...task,
      leadUnitId: province.unit(leadUnitCode),
      coordinatingUnitIds: coordinatingUnitCodes.map((code) => province.unit(code)),
    })),
  };
}
