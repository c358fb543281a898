import { inspect } from 'node:util';

/**
 * A configured secret (an API key, a bot token, an app's secret key). It prints as
 * "[secret]" however it is printed — String(), a template, JSON.stringify, console.log,
 * Nest's logger — so a config object or an error can be logged whole; the value comes out
 * only through reveal(), at the one place that sends it to its provider.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '[secret]';
  }

  toJSON(): string {
    return '[secret]';
  }

  [inspect.custom](): string {
    return '[secret]';
  }
}
