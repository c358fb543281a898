import { readFileSync, writeFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { OpenApiChecker, toJsonSchema } from '../support/openapi-check';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * An honest OpenAPI (apps/api/src/common/openapi.ts): a valid OpenAPI 3 document;
 * every operation documents its error answers with the one error schema and every
 * success answer with a schema; path ids are uuids; an unsupported method on a known
 * path is 405 with Allow. And a call that waits on a workflow is bounded: with no
 * worker to answer, 503 with Retry-After instead of hanging.
 */
describe('the OpenAPI document and bounded waits (dev server, real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let doc: any;
  const saved = process.env.DONDOC_WORKFLOW_WAIT_MS;

  beforeAll(async () => {
    process.env.DONDOC_WORKFLOW_WAIT_MS = '1500';
    // No worker: nothing answers a workflow, as when the workers are down or far behind.
    [system, db] = await Promise.all([startSystem({}, { worker: false }), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    doc = (await http.request('GET', '/docs/openapi.json')).body;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DONDOC_WORKFLOW_WAIT_MS;
    else process.env.DONDOC_WORKFLOW_WAIT_MS = saved;
    await system?.stop();
    await db?.destroy();
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]: [string, any]) =>
      Object.entries(item).map(([method, op]: [string, any]) => ({ path, method, op })),
    );

  it('is a valid OpenAPI 3 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeDefined();
    expect(doc.openapi).toMatch(/^3\./);
  });

  it('is the source of the dashboard API types (apps/web/src/api/openapi.ts is generated from it and current)', async () => {
    const { apiTypes, API_TYPES_FILE } = await import('../../scripts/lib/api-types.mjs');
    const generated = await apiTypes(doc);
    if (process.env.UPDATE_API_TYPES) writeFileSync(API_TYPES_FILE, generated);
    // A change to a DTO changes the document; `npm run api-types` brings the dashboard along.
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(generated);
  });

  it('documents every error answer with the error schema, success answers with schemas, ids as uuid', () => {
    const problems: string[] = [];
    for (const { path, method, op } of operations()) {
      const codes = ['400', '401', '404', '405', '409', '422', '429', '503'];
      if (op.requestBody) codes.push('413', '415');
      if (!path.endsWith('/auth/login')) codes.push('403');
      for (const code of codes) {
        const schema = op.responses[code]?.content?.['application/json']?.schema;
        // The health checks answer 503 with their report, beside the error body.
        const refs = schema?.oneOf ? schema.oneOf.map((s: any) => s.$ref) : [schema?.$ref];
        if (!refs.includes('#/components/schemas/ErrorBody')) problems.push(`${method} ${path} ${code}`);
      }
      if (!op.responses['503'].headers?.['Retry-After']) problems.push(`${method} ${path} 503 Retry-After`);
      for (const [code, response] of Object.entries(op.responses) as [string, any][]) {
        const schema = response.content?.['application/json']?.schema;
        // Every JSON success answer is a response DTO (or a list of them), never an example.
        const typed = schema?.$ref || (schema?.type === 'array' && schema.items?.$ref);
        // …or a file only (an attachment's bytes): no JSON, every content type a string.
        const file =
          response.content &&
          !response.content['application/json'] &&
          Object.values(response.content).every((c: any) => c.schema?.type === 'string');
        if (code.startsWith('2') && code !== '204' && !typed && !file)
          problems.push(`${method} ${path} ${code}: untyped`);
      }
      for (const parameter of op.parameters ?? []) {
        if (parameter.in === 'path' && /^(id|.+Id)$/.test(parameter.name) && parameter.name !== 'workflowId')
          if (parameter.schema?.format !== 'uuid') problems.push(`${method} ${path} ${parameter.name}: not uuid`);
      }
    }
    expect(problems).toEqual([]);
    expect(doc.components.schemas.ErrorBody.required).toEqual(['statusCode', 'error', 'message', 'details']);
  });

  it('closes every object schema, so an answer with a property its DTO lacks, or without a required one, fails the check', async () => {
    const open = Object.entries(doc.components.schemas as Record<string, any>)
      .filter(([, schema]) => schema.properties && schema.additionalProperties !== false)
      .map(([name]) => name);
    // Left open on purpose: a reporting cycle's rules as stored (common/dto/response.dto.ts, OPEN_SCHEMAS).
    expect(open.sort()).toEqual(
      ['CycleIndicatorDto', 'LevelDeadlineDto', 'RatioOfDto', 'RecipientRuleDto', 'SubtreeRecipientDto'].sort(),
    );
    const checker = new OpenApiChecker(doc);
    const token = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const unit = (await http.request('GET', `/api/v1/units/${p.unit('TU-GL')}`, { token })).body;
    const url = `${system.baseUrl}/api/v1/units/${p.unit('TU-GL')}`;
    const json = 'application/json; charset=utf-8';
    expect(checker.check('GET', url, 200, json, unit)).toBeNull();
    expect(checker.check('GET', url, 200, json, { ...unit, extra: 1 })).toMatch(/additional properties/);
    const { code: _code, ...withoutCode } = unit;
    expect(checker.check('GET', url, 200, json, withoutCode)).toMatch(/required property 'code'/);
    expect(checker.check('GET', url, 200, json, { ...unit, id: 'not-a-uuid' })).toMatch(/format "uuid"/);
    expect(checker.check('GET', url, 200, json, { ...unit, head: { ...unit.head, age: 3 } })).toMatch(
      /additional properties/,
    );
    expect(checker.check('GET', url, 200, 'text/html', '<p>đơn vị</p>')).toMatch(/answers text\/html/);
  });

  it('gives examples that keep to their own schemas (a client copying one is not refused)', () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: toJsonSchema(doc.components) });
    const wrong: string[] = [];
    const check = (where: string, schema: any, example: unknown) => {
      if (example === undefined || !schema) return;
      if (!ajv.validate(toJsonSchema(schema), example)) wrong.push(`${where}: ${ajv.errorsText()}`);
    };
    for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, any>))
      for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, any>))
        check(`${name}.${key}`, property, property.example);
    for (const { path, method, op } of operations())
      for (const parameter of op.parameters ?? [])
        check(`${method} ${path} ${parameter.name}`, parameter.schema, parameter.schema?.example ?? parameter.example);
    expect(wrong).toEqual([]);
  });

  it('documents the constraints the validators enforce (derived from the DTOs)', () => {
    const param = (path: string, name: string) =>
      doc.paths[path].get.parameters.find((p: any) => p.name === name)?.schema;
    expect(param('/api/v1/tasks', 'limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 });
    expect(param('/api/v1/deliveries', 'unitId')).toMatchObject({ type: 'string', format: 'uuid' });
    expect(param('/api/v1/tasks/{id}/history', 'from').pattern).toContain('2200');
    const task = doc.components.schemas.CreateTaskDto.properties;
    expect(task.title).toMatchObject({ type: 'string', maxLength: 500, minLength: 1 });
    expect(task.deadlineWorkingDays).toMatchObject({ type: 'integer', minimum: 1, maximum: 365 });
    // A deadline carries its offset; a task gives exactly one of the two.
    expect(new RegExp(task.deadline.pattern).test('2026-12-15T17:00:00+07:00')).toBe(true);
    expect(new RegExp(task.deadline.pattern).test('2026-12-15')).toBe(false);
    expect(doc.components.schemas.CreateTaskDto.oneOf).toEqual([
      { required: ['deadline'] },
      { required: ['deadlineWorkingDays'] },
    ]);
    expect(doc.components.schemas.CreateUnitDto.properties.parentId).toMatchObject({ type: 'string', format: 'uuid' });
    expect(doc.components.schemas.UpdateUnitDto.properties.parentId).toBeUndefined();
    const header = doc.paths['/api/v1/directives'].post.parameters.find((p: any) => p.name === 'Idempotency-Key');
    expect(header.description).toMatch(/24 ?h|giờ/);
  });

  it('answers an unsupported method on a known path 405 with Allow, an unknown path 404', async () => {
    const token = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const put = await http.request('PUT', '/api/v1/directives', { token, body: {} });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST, HEAD');
    expect(put.body).toMatchObject({ statusCode: 405, error: 'Method Not Allowed' });
    const del = await http.request('DELETE', `/api/v1/tasks/${p.unit('TU-GL')}`, { token });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toContain('GET');
    expect((await http.request('GET', '/api/v1/no-such-thing', { token })).status).toBe(404);
  });

  it('answers 503 with Retry-After when the workflow does not answer within the bound, not hanging', async () => {
    const token = await http.login(p.user('thuongtruc.tu'), PASSWORD);
    const started = Date.now();
    const response = await http.request('POST', '/api/v1/directives', {
      token,
      body: {
        documentNumber: `${Math.floor(Math.random() * 90_000) + 10_000}-KH/TU`,
        title: 'Kế hoạch khi hệ thống bận',
        issueDate: todayInVietnam(),
        issuingUnitId: p.unit('TU-GL'),
        tasks: [{ title: 'Nhiệm vụ', leadUnitId: p.unit('BDV-TU'), deadlineWorkingDays: 10 }],
      },
    });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(response.body.statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
