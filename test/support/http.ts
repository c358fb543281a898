import { checkerFor } from './openapi-check';

/**
 * A small HTTP client for the e2e tests: JSON in, status and JSON out. Every answer is
 * checked against the API's OpenAPI document (status documented, body matching its
 * schema); a mismatch throws, failing the test (DONDOC_OPENAPI_CHECK=0 turns it off).
 */
export class Http {
  private tokens = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<string> {
    const cached = this.tokens.get(username);
    if (cached) return cached;
    const { status, body } = await this.request('POST', '/api/v1/auth/login', { body: { username, password } });
    if (status !== 200) throw new Error(`login ${username}: ${status} ${JSON.stringify(body)}`);
    this.tokens.set(username, body.accessToken);
    return body.accessToken;
  }

  async request(
    method: string,
    path: string,
    options: {
      body?: unknown;
      token?: string;
      headers?: Record<string, string>;
      raw?: string;
      contentType?: string;
    } = {},
  ): Promise<{ status: number; body: any; headers: Headers }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined;
    if (options.raw !== undefined) {
      payload = options.raw;
      headers['content-type'] = options.contentType ?? 'application/json';
    } else if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const url = `${this.baseUrl}${path}`;
    // fetch refuses a body on GET and HEAD; a body given there is dropped, as a server would ignore it.
    const noBody = method === 'GET' || method === 'HEAD';
    if (noBody) delete headers['content-type'];
    const response = await fetch(url, { method, headers, body: noBody ? undefined : payload });
    const text = await response.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    if (process.env.DONDOC_OPENAPI_CHECK !== '0') {
      const checker = await checkerFor(this.baseUrl);
      const problem = checker.check(method, url, response.status, response.headers.get('content-type'), body);
      if (problem) throw new Error(`OpenAPI mismatch: ${problem}\n${text.slice(0, 500)}`);
    }
    return { status: response.status, body, headers: response.headers };
  }
}
