import { format } from 'node:util';

export interface CapturedLogs {
  /** Everything written so far, as one text. */
  text(): string;
  /** Puts stdout, stderr and the console back. */
  stop(): void;
}

const CONSOLE = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Captures what this process logs while the API and the worker run in it: every write to
 * stdout and stderr (Nest's loggers, the JSON logger) and every console call (TypeORM's
 * and Temporal's default loggers; jest's console would hold them back otherwise).
 * Captured lines are kept, not printed.
 */
export function captureLogs(): CapturedLogs {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr] as const;
  const writes = streams.map((stream) => stream.write);
  for (const stream of streams) {
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof stream.write;
  }
  const consoles = CONSOLE.map((name) => console[name]);
  for (const name of CONSOLE) console[name] = (...args: unknown[]) => void chunks.push(`${format(...args)}\n`);
  return {
    text: () => chunks.join(''),
    stop() {
      streams.forEach((stream, i) => (stream.write = writes[i]!));
      CONSOLE.forEach((name, i) => (console[name] = consoles[i]!));
    },
  };
}
