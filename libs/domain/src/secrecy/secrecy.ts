export type ReaderLanguage = 'vi' | 'en';

/** What stands where secret text was, in the reader's one language. */
export const SECRET_PLACEHOLDERS: Record<ReaderLanguage, string> = {
  vi: 'Nội dung mật',
  en: 'Secret content',
};

/**
 * Text shorter than this is not looked for inside longer strings (only as a whole value):
 * a two-letter task title must not blank every word that contains it.
 */
const MIN_EMBEDDED = 8;

/**
 * Replaces the secret texts a reader may not read wherever they occur in an answer:
 * a whole string value equal to one becomes the placeholder, and a longer string that
 * embeds one (a label quoting a title) has it replaced. Object keys, numbers, dates and
 * booleans pass unchanged, so counts, ids and statuses stay true.
 */
export class Scrubber {
  private readonly whole: Set<string>;
  /**
   * Texts to find inside longer strings, by their first MIN_EMBEDDED characters: a string
   * is read once, position by position, and only the texts starting with what is there
   * are compared, so the cost follows the answer's length, not the number of secrets.
   */
  private readonly byPrefix = new Map<string, string[]>();

  constructor(
    texts: Iterable<string>,
    readonly placeholder: string,
  ) {
    const clean = new Set<string>();
    for (const text of texts) {
      const trimmed = text.trim();
      if (trimmed.length > 0) clean.add(trimmed);
    }
    this.whole = clean;
    for (const text of clean) {
      if (text.length < MIN_EMBEDDED) continue;
      const prefix = text.slice(0, MIN_EMBEDDED);
      const list = this.byPrefix.get(prefix);
      if (list) list.push(text);
      else this.byPrefix.set(prefix, [text]);
    }
    // Longest first, so a title that contains another shorter secret text is replaced whole.
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.whole.size === 0;
  }

  text(value: string): string {
    if (this.whole.has(value.trim())) return this.placeholder;
    if (value.length < MIN_EMBEDDED || this.byPrefix.size === 0) return value;
    let out = '';
    let copied = 0;
    for (let at = 0; at + MIN_EMBEDDED <= value.length;) {
      const found = this.byPrefix.get(value.slice(at, at + MIN_EMBEDDED))?.find((text) => value.startsWith(text, at));
      if (found) {
        out += value.slice(copied, at) + this.placeholder;
        at += found.length;
        copied = at;
      } else at++;
    }
    return copied === 0 ? value : out + value.slice(copied);
  }

  /** A deep copy of `value` with every string scrubbed; other values as they are. */
  scrub<T>(value: T): T {
    return this.walk(value, new WeakMap()) as T;
  }

  private walk(value: unknown, seen: WeakMap<object, unknown>): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Date || ArrayBuffer.isView(value)) return value;
    const known = seen.get(value);
    if (known) return known;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const item of value) out.push(this.walk(item, seen));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const [key, item] of Object.entries(value)) out[key] = this.walk(item, seen);
    return out;
  }
}

/**
 * The strings of an audit payload that are content (what people wrote), not structure:
 * values under keys that name text, at any depth. Ids, statuses, dates and usernames are
 * left out, so scrubbing never blanks a status that happens to equal a short secret word.
 */
export function contentStrings(payload: unknown, out: string[] = [], underContent = false): string[] {
  if (typeof payload === 'string') {
    if (underContent) out.push(payload);
    return out;
  }
  if (payload === null || typeof payload !== 'object') return out;
  if (Array.isArray(payload)) {
    for (const item of payload) contentStrings(item, out, underContent);
    return out;
  }
  for (const [key, value] of Object.entries(payload)) contentStrings(value, out, underContent || CONTENT_KEY.test(key));
  return out;
}

const CONTENT_KEY =
  /^(title|summary|description|text|reason|comment|reviewComment|decisionComment|cancelReason|answer|note|notes|question|attachments?|reportTemplate|subtaskOverrideReason|indicators|name|label)$/i;

/**
 * Whether no transaction has ended between two PostgreSQL snapshots
 * (`pg_current_snapshot()`, "xmin:xmax:xip,…"): every transaction the first could not see
 * (running then, or started since) is still running at the second. Then anything read at
 * the first is still what the database holds. Conservative: an aborted transaction counts
 * as ended, and a long gap is not walked.
 */
export function nothingEndedBetween(first: string, second: string, maxGap = 10_000): boolean {
  const a = parseSnapshot(first);
  const b = parseSnapshot(second);
  if (!a || !b || b.xmax < a.xmax || b.xmax - a.xmax > BigInt(maxGap)) return false;
  for (const txid of a.xip) if (!b.xip.has(txid)) return false;
  for (let txid = a.xmax; txid < b.xmax; txid++) if (!b.xip.has(txid)) return false;
  return true;
}

function parseSnapshot(text: string): { xmax: bigint; xip: Set<bigint> } | null {
  const match = /^(\d+):(\d+):([\d,]*)$/.exec(text.trim());
  if (!match) return null;
  return { xmax: BigInt(match[2]!), xip: new Set(match[3] ? match[3].split(',').map((x) => BigInt(x)) : []) };
}
