import { trace } from '@opentelemetry/api';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { withCorrelationId } from './correlation';
import { JsonLogger, levelsFrom, scrubLogText } from './logger';

describe('JsonLogger', () => {
  const lines: string[] = [];
  const logger = new JsonLogger('dondoc-test', levelsFrom('log'), (line) => lines.push(line));
  beforeEach(() => lines.splice(0));

  it('writes one JSON object a line with level, service, context and message', () => {
    logger.log('Đôn Đốc worker started', 'Worker');
    logger.debug('not at this level', 'Worker');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'info',
      service: 'dondoc-test',
      context: 'Worker',
      msg: 'Đôn Đốc worker started',
    });
  });

  it('carries the active span’s trace and span ids', () => {
    const tracer = new BasicTracerProvider().getTracer('test');
    const span = tracer.startSpan('work');
    const { traceId, spanId } = span.spanContext();
    // Without a context manager, a span is active only inside `with`; this one stands in for it.
    jest.spyOn(trace, 'getActiveSpan').mockReturnValue(span);
    logger.error('failed', 'stack line', 'Errors');
    span.end();
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'error',
      context: 'Errors',
      msg: 'failed',
      extra: ['stack line'],
      trace_id: traceId,
      span_id: spanId,
    });
  });

  it('has no trace fields outside a span', () => {
    jest.restoreAllMocks();
    logger.warn('outside', 'X');
    expect(JSON.parse(lines[0]!)).not.toHaveProperty('trace_id');
  });
});

describe('what a log line may carry', () => {
  it('names the correlation id of the work in hand', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('dondoc-test', levelsFrom('log'), (line) => lines.push(line));
    withCorrelationId('req-1234', () => logger.warn('database error 23505', 'Database'));
    logger.warn('outside', 'Database');
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'database error 23505', request_id: 'req-1234' });
    expect(JSON.parse(lines[1]!).request_id).toBeUndefined();
  });

  it.each([
    ['an e-mail address', 'hoa.tt@mttq-gialai.vn', '<e-mail>'],
    ['a bcrypt hash', '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', '<password-hash>'],
    ['a bearer token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', '<token>'],
  ])('masks %s that slipped into a message', (_name, secret, mask) => {
    const text = `550 refused <${secret}>, retry later`;
    const lines: string[] = [];
    new JsonLogger('dondoc-test', levelsFrom('log'), (line) => lines.push(line)).error(text, 'Delivery');
    expect(JSON.parse(lines[0]!).msg).toContain(mask);
    expect(scrubLogText(text)).toContain(mask);
    expect(lines[0]).not.toContain(secret);
  });

  it('leaves ordinary lines alone', () => {
    const line = 'Temporal worker polling task queue dondoc at 127.0.0.1:7233; http://localhost:3000/api/v1';
    expect(scrubLogText(line)).toBe(line);
  });
});
