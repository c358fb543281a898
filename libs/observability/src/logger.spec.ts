import { trace } from '@opentelemetry/api';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { JsonLogger, levelsFrom } from './logger';

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
