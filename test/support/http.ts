/** A small HTTP client for the e2e tests: JSON in, status and JSON out. */
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
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await response.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: response.status, body, headers: response.headers };
  }
}
