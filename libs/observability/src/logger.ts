import { ConsoleLogger, type LoggerService, type LogLevel } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { correlationId } from './correlation';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const LEVEL_NAMES: Record<LogLevel, string> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * A second line of defence for what a log line must never carry (docs/operations.md,
 * "Logs"): whatever still slips into a message (an SMTP server's refusal quoting the
 * recipient, an error quoting a value) has its e-mail addresses, password hashes and
 * bearer tokens masked. The first line of defence is not to log them at all.
 */
const SCRUBBED: [RegExp, string][] = [
  [/\$2[aby]?\$\d\d\$[./A-Za-z0-9]{20,}/g, '<password-hash>'],
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, '<token>'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<e-mail>'],
];

export function scrubLogText(text: string): string {
  return SCRUBBED.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}

/** Nest's readable console output, scrubbed like the JSON lines. */
class ScrubbingConsoleLogger extends ConsoleLogger {
  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    return scrubLogText(super.stringifyMessage(message, logLevel));
  }
}

/**
 * One JSON object a line, for a log shipper: time, level, service, context, message,
 * trace_id/span_id when a span is active, so a log line leads to its trace, and
 * request_id (the correlation id: an HTTP request's, an activity's) when there is one.
 */
export class JsonLogger implements LoggerService {
  private levels: Set<LogLevel>;

  constructor(
    private readonly service: string,
    levels: LogLevel[],
    private readonly write: (line: string) => void = (line) => process.stdout.write(line),
  ) {
    this.levels = new Set(levels);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.levels = new Set(levels);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('fatal', message, rest);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.levels.has(level)) return;
    // Nest passes the context last; an error's stack comes before it.
    const params = [...rest];
    const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? params.pop() : undefined;
    const span = trace.getActiveSpan()?.spanContext();
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: LEVEL_NAMES[level],
      service: this.service,
      ...(context ? { context } : {}),
      msg: message instanceof Error ? message.message : typeof message === 'string' ? message : undefined,
      ...(message instanceof Error ? { stack: message.stack } : {}),
      ...(typeof message === 'object' && message !== null && !(message instanceof Error) ? { data: message } : {}),
      ...(params.length > 0 ? { extra: params } : {}),
      ...(span ? { trace_id: span.traceId, span_id: span.spanId } : {}),
      ...(correlationId() ? { request_id: correlationId() } : {}),
    };
    this.write(`${scrubLogText(JSON.stringify(entry))}\n`);
  }
}

/** Nest's levels from the configured threshold up ('log' includes warn, error and fatal). */
export function levelsFrom(threshold: string): LogLevel[] {
  const index = ORDER.indexOf(threshold as LogLevel);
  return ORDER.slice(0, index < 0 ? ORDER.indexOf('log') + 1 : index + 1);
}

/** The logger an app runs with: JSON lines, or Nest's readable console output. */
export function createAppLogger(service: string, format: 'json' | 'pretty', threshold: string): LoggerService {
  if (format === 'json') return new JsonLogger(service, levelsFrom(threshold));
  return new ScrubbingConsoleLogger({ logLevels: levelsFrom(threshold) });
}
