import { randomUUID } from 'node:crypto';
import { eventually, startSystem, type RunningSystem } from '../support/system';

/** API → Temporal (dev server) → worker → PostgreSQL → API, over HTTP. */
describe('directives over HTTP (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => {
    await system?.stop();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${system.baseUrl}/api/v1/directives`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  const readBack = (id: string) =>
    eventually(async () => {
      const response = await fetch(`${system.baseUrl}/api/v1/directives/${id}`);
      return response.status === 200 ? ((await response.json()) as Record<string, any>) : undefined;
    });

  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace('Z', '+00:00');

  it('reports PostgreSQL and Temporal up on /health', async () => {
    const response = await fetch(`${system.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, temporal: { status: 'up' } },
    });
  });

  it('accepts a directive, runs its workflow and reads it back from PostgreSQL', async () => {
    const response = await post({
      title: 'Kế hoạch tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW',
      tasks: [{ title: 'Xây dựng báo cáo sơ kết công tác dân vận 6 tháng đầu năm', deadline: inDays(30) }],
    });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as { id: string; workflowId: string; location: string };
    expect(accepted.workflowId).toBe(`directive:${accepted.id}`);
    expect(response.headers.get('location')).toBe(`/api/v1/directives/${accepted.id}`);

    const directive = await readBack(accepted.id);
    expect(directive).toMatchObject({
      id: accepted.id,
      title: 'Kế hoạch tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW',
      status: 'active',
      tasks: [
        {
          title: 'Xây dựng báo cáo sơ kết công tác dân vận 6 tháng đầu năm',
          status: 'assigned',
          bucket: 'open_within_deadline',
        },
      ],
    });
    expect(directive.tasks[0].deadline).toMatch(/\+07:00$/);
  });

  it('makes one directive from ten concurrent requests with the same Idempotency-Key', async () => {
    const key = `e2e-${randomUUID()}`;
    const body = {
      title: 'Báo cáo phục vụ giao ban khối Đảng quý II',
      tasks: [{ title: 'Báo cáo quý II', deadline: inDays(10) }],
    };
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(body, { 'Idempotency-Key': key })));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(202));
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const directive = await readBack(id!);
    expect(directive.tasks).toHaveLength(1);
  });

  it.each([
    [{ title: '', tasks: [{ title: 'x', deadline: inDays(1) }] }, 'title'],
    [{ title: 'x', tasks: [] }, 'tasks'],
    [{ title: 'x', tasks: [{ title: 'x', deadline: 'next friday' }] }, 'tasks.0.deadline'],
    [{ title: 'x', tasks: [{ title: 'x', deadline: '2026-12-15T17:00:00' }] }, 'tasks.0.deadline'],
    [{ title: 'x', tasks: [{ title: 'x', deadline: '2020-01-01T17:00:00+07:00' }] }, 'tasks.0.deadline'],
    [{ title: 'x', tasks: [{ title: 'x', deadline: inDays(1) }], extra: true }, 'extra'],
    ['{"title": ', 'body'],
  ])('refuses bad input %j with a 400 naming %s', async (body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as { statusCode: number; details: { field: string; message: string }[] };
    expect(error.statusCode).toBe(400);
    expect(error.details.map((detail) => detail.field)).toContain(field);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expect((await fetch(`${system.baseUrl}/api/v1/directives/not-a-uuid`)).status).toBe(400);
    const missing = await fetch(`${system.baseUrl}/api/v1/directives/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('serves the OpenAPI document', async () => {
    const response = await fetch(`${system.baseUrl}/docs/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/directives', '/api/v1/directives/{id}', '/health']),
    );
  });
});
