import type { DataSource } from 'typeorm';
import { connectTestDatabase } from './database';
import { todayInVietnam } from './dates';
import { Http } from './http';
import { PASSWORD, seed000Body, seedTestProvince, type TestProvince } from './province';
import { startSystem, type RunningSystem } from './system';

/**
 * The world of the access and bad-input tests (test/e2e/access-*.e2e-spec.ts,
 * bad-input.e2e-spec.ts): a running system with a province of its own, one directive
 * of the province to eight of its units and one of the commune of Ia Grai to two of its
 * own. Call while jest collects a describe: it registers the hooks.
 */
export function accessWorld() {
  const world = {
    system: undefined as unknown as RunningSystem,
    db: undefined as unknown as DataSource,
    p: undefined as unknown as TestProvince,
    http: undefined as unknown as Http,
    today: todayInVietnam(),
    /** The directives by name (`province`, `commune`), for `:name` in a path. */
    ids: {} as Record<string, string>,
    number: (type = 'KH') => `${Math.floor(Math.random() * 90_000) + 1000}-${type}/TU`,
    as: (user: string) => world.http.login(world.p.user(user), PASSWORD),
    /** A request as `user` (none: no token); `:name` in the path is a directive or a unit code. */
    call: async (user: string | null, method: string, path: string, body?: unknown) =>
      world.http.request(
        method,
        path.replace(/:([\w-]+)/g, (_, key: string) => world.ids[key] ?? world.p.unit(key)),
        {
          token: user ? await world.as(user) : undefined,
          body,
        },
      ),
    task: (unit: string) => ({ title: 'Nhiệm vụ kiểm thử', leadUnitId: world.p.unit(unit), deadlineWorkingDays: 5 }),
    directive: (issuer: string, ...units: string[]) => ({
      documentNumber: world.number(),
      title: 'Văn bản kiểm thử phân quyền',
      issueDate: world.today,
      issuingUnitId: world.p.unit(issuer),
      tasks: units.map(world.task),
    }),
  };

  beforeAll(async () => {
    [world.system, world.db] = await Promise.all([
      startSystem({ LOGIN_FREE_ATTEMPTS: '3', LOGIN_DELAY_BASE_SECONDS: '60' }),
      connectTestDatabase(),
    ]);
    world.p = await seedTestProvince(world.db);
    world.http = new Http(world.system.baseUrl);
    const { p, today, call, ids } = world;
    const province = await call('thuongtruc.tu', 'POST', '/api/v1/directives', seed000Body(p, today, world.number()));
    ids.province = province.body.id;
    const commune = await call('bithu.iagrai', 'POST', '/api/v1/directives', {
      documentNumber: '03-KH/ĐU',
      title: 'Kế hoạch tổ chức đối thoại giữa Bí thư Đảng ủy xã với Nhân dân',
      issueDate: today,
      issuingUnitId: p.unit('DU-IAGRAI'),
      tasks: [
        { title: 'Tổng hợp kiến nghị của Nhân dân', leadUnitId: p.unit('MTTQ-IAGRAI'), deadlineWorkingDays: 10 },
        { title: 'Bảo đảm an ninh trật tự hội nghị', leadUnitId: p.unit('CA-IAGRAI'), deadlineWorkingDays: 9 },
      ],
    });
    expect(commune.status).toBe(201);
    ids.commune = commune.body.id;
  });
  afterAll(async () => {
    await world.system?.stop();
    await world.db?.destroy();
  });

  return world;
}

/** A row of an access matrix: who asks what, and the status they get. */
export type AccessCase = [
  description: string,
  user: string | null,
  method: string,
  path: string,
  body: (() => unknown) | undefined,
  status: number,
];

/** The check of every access matrix row. */
export async function expectAccess(world: ReturnType<typeof accessWorld>, row: AccessCase): Promise<void> {
  const [, user, method, path, body, status] = row;
  const response = await world.call(user, method, path, body?.());
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
  if (status >= 400) expect(response.body.details?.length ?? 0).toBeGreaterThanOrEqual(status === 404 ? 1 : 0);
}
