import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Checks answers against the API's own OpenAPI document (/docs/openapi.json): the
 * status must be documented for the operation, and a JSON body must match that
 * answer's schema. The e2e tests' Http client runs every answer through it, so the
 * document cannot drift from what the API does (issue 10).
 */
type Doc = { paths: Record<string, Record<string, any>>; components?: Record<string, any> };

export class OpenApiChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: { pattern: RegExp; item: Record<string, any>; path: string }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: Doc) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: toJsonSchema(doc.components ?? {}) });
    this.routes = Object.entries(doc.paths)
      .map(([path, item]) => ({
        path,
        item,
        pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
      }))
      // Literal paths before templated ones (/units/import before /units/{id}).
      .sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  }

  /** The mismatch, as a message, or null when the answer is as documented (or the path is not an operation). */
  check(method: string, url: string, status: number, contentType: string | null, body: unknown): string | null {
    const path = new URL(url).pathname;
    const route = this.routes.find((r) => r.pattern.test(path));
    const operation = route?.item[method.toLowerCase()];
    if (!route || !operation) return null; // 404/405 of unknown paths and methods: no operation to hold to
    const response = operation.responses?.[String(status)] ?? operation.responses?.default;
    const where = `${method} ${route.path} → ${status}`;
    if (!response) return `${where}: status not documented (has ${Object.keys(operation.responses ?? {}).join(', ')})`;
    // A body must be of a documented content type (an answer documented without one has none).
    const media = contentType?.split(';')[0]?.trim().toLowerCase();
    const documented = Object.keys(response.content ?? {});
    if (media && body !== null && body !== '' && !documented.includes(media))
      return `${where}: answers ${media}, documented ${documented.join(', ') || 'without a body'}`;
    const schema = response.content?.['application/json']?.schema;
    if (!schema || media !== 'application/json' || typeof body === 'string') return null;
    const key = `${route.path} ${method} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema));
      this.compiled.set(key, validate);
    }
    if (validate(body)) return null;
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
    return `${where}: body does not match its schema: ${errors.join('; ')}`;
  }
}

/** OpenAPI 3.0 schema → JSON Schema: `nullable` as a null type, refs into the document. */
export function toJsonSchema(value: any): any {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, any> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string') out.$ref = v.replace(/^#\//, 'openapi#/');
    else if (key === 'nullable' || key === 'example' || key === 'examples') continue;
    else out[key] = toJsonSchema(v);
  }
  if (value.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    if (out.$ref || out.allOf || out.oneOf || out.anyOf) return { anyOf: [{ ...out }, { type: 'null' }] };
  }
  return out;
}

const checkers = new Map<string, Promise<OpenApiChecker>>();

/** One checker per running API, from its own document. */
export function checkerFor(baseUrl: string): Promise<OpenApiChecker> {
  let checker = checkers.get(baseUrl);
  if (!checker) {
    checker = fetch(`${baseUrl}/docs/openapi.json`).then(async (r) => new OpenApiChecker((await r.json()) as Doc));
    checkers.set(baseUrl, checker);
  }
  return checker;
}
