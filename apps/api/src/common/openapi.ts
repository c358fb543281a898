import type { OpenAPIObject } from '@nestjs/swagger';
import { OPEN_SCHEMAS, SCHEMA_RULES } from './dto/response.dto';

/**
 * Completes the generated OpenAPI document in one place, so that it says what the API
 * does (issue 10): every error answer with the one error schema, path ids as uuid,
 * every object schema closed (additionalProperties: false: a request with an unknown
 * field is refused, an answer carries only what its DTO declares), and the methods each
 * path allows (for 405). Success answers are typed by their response DTOs (each
 * feature's dto/*.response.ts); request constraints come from the validators
 * (common/openapi-constraints.ts).
 */

type Schema = Record<string, unknown>;
type Operation = {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: unknown;
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }>; headers?: Schema }>;
  security?: unknown[];
};

export const ERROR_SCHEMA: Schema = {
  type: 'object',
  required: ['statusCode', 'error', 'message', 'details'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: { type: 'string', example: 'Bad Request' },
    message: { type: 'string', example: 'Invalid input' },
    details: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const ERRORS: Record<number, string> = {
  400: 'Invalid input; details[] names each field',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found or not visible to you',
  405: 'Method not allowed (see the Allow header)',
  409: 'The current state does not allow it',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Unprocessable',
  429: 'Too many requests',
  503: 'Unavailable, retry after Retry-After seconds',
};

const HEADERS: Record<number, Schema> = {
  405: { Allow: { description: 'Allowed methods', schema: { type: 'string' } } },
  503: { 'Retry-After': { description: 'Seconds', schema: { type: 'integer' } } },
};

/** Sign-in's own 429 (throttled failures) says when to come back; the request limits' say Retry-After-<limit>. */
const LOGIN_RETRY_AFTER: Record<string, Schema> = {
  'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } },
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, ErrorBody: ERROR_SCHEMA as never };
  for (const [name, schema] of Object.entries(components.schemas)) {
    closeObjects(schema as Schema, OPEN_SCHEMAS.has(name));
    Object.assign(schema, SCHEMA_RULES.get(name) ?? {});
  }
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (operation) completeOperation(path, operation);
    }
  }
  return document;
}

function completeOperation(path: string, operation: Operation): void {
  for (const parameter of operation.parameters ?? []) {
    // Path ids go through UuidParam (400 otherwise); a workflow id or a date does not.
    if (parameter.in === 'path' && /^(id|.+Id)$/.test(parameter.name) && parameter.name !== 'workflowId')
      parameter.schema = { type: 'string', format: 'uuid' };
  }
  const withBody = operation.requestBody !== undefined;
  for (const [code, description] of Object.entries(ERRORS)) {
    const status = Number(code);
    // Without a body, 413 and 415 only where declared (completing a resumable upload checks its file).
    if ((status === 413 || status === 415) && !withBody && !operation.responses[code]) continue;
    // No token needed on sign-in, health and docs: no 403 there (401 is a refused sign-in).
    if (status === 403 && path.endsWith('/auth/login')) continue;
    const existing = operation.responses[code];
    const declared = existing?.content?.['application/json']?.schema;
    const error = { $ref: '#/components/schemas/ErrorBody' };
    operation.responses[code] = {
      description: existing?.description || description,
      // An operation that answers this status with a body of its own (the health checks'
      // 503) keeps it, beside the error body any operation can give.
      content: {
        'application/json': { schema: declared && declared.$ref !== error.$ref ? { oneOf: [declared, error] } : error },
      },
      ...(HEADERS[status] ? { headers: HEADERS[status] } : {}),
      ...(status === 429 && path.endsWith('/auth/login') ? { headers: LOGIN_RETRY_AFTER } : {}),
    };
  }
  // Node's HTTP parser refuses a request line and headers over its limit (16 KB) before the
  // API sees it: 431 with no body. A long query value (2,000 characters of emoji, say) does it.
  operation.responses['431'] = {
    description: 'Request line and headers over 16 KB; no body',
  };
}

/**
 * additionalProperties: false on every object schema that lists its properties and does
 * not say otherwise, nested ones included; `open` ones (OPEN_SCHEMAS) are left as they are.
 */
function closeObjects(schema: Schema, open: boolean): void {
  if (!schema || typeof schema !== 'object') return;
  if (!open && schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
  for (const value of Object.values((schema.properties as Record<string, Schema> | undefined) ?? {}))
    closeObjects(value, open);
  if (schema.items) closeObjects(schema.items as Schema, open);
  for (const key of ['oneOf', 'anyOf', 'allOf'])
    for (const part of (schema[key] as Schema[] | undefined) ?? []) closeObjects(part, open);
}

/** For each documented path, as a pattern, the methods it allows (405 with Allow for the others). */
export function allowedMethods(document: OpenAPIObject): (path: string) => string[] {
  const routes = Object.entries(document.paths).map(([path, item]) => ({
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}/?$`),
    methods: METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((m) => m.toUpperCase()),
  }));
  return (path) => {
    const found = new Set<string>();
    for (const route of routes) if (route.pattern.test(path)) route.methods.forEach((m) => found.add(m));
    if (found.has('GET')) found.add('HEAD');
    return [...found];
  };
}
