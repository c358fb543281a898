// Console output of the provisioning scripts and the dev runner: one line a step.
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

export const step = (message) => console.log(`${paint('36', '▶')} ${message}`);
export const ok = (message) => console.log(`${paint('32', '✔')} ${message}`);
export const warn = (message) => console.warn(`${paint('33', '!')} ${message}`);
export const fail = (message) => console.error(`${paint('31', '✖')} ${message}`);

export class ProvisionError extends Error {
  constructor(message, hint) {
    super(hint ? `${message}\n  → ${hint}` : message);
    this.name = 'ProvisionError';
  }
}
