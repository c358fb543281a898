// Waiting in tests on what a running system does next: read until a condition holds.

export const S = 1000;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads until `done` holds, failing after `ms` with what it read last. */
export async function eventually<T>(
  what: string,
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  ms = 30 * S,
) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: not reached in ${ms} ms; last ${JSON.stringify(value)}`);
    await sleep(100);
  }
}
