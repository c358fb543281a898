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
  private readonly embedded: string[];

  constructor(
    texts: Iterable<string>,
    readonly placeholder: string,
  ) {
    const clean = [...new Set([...texts].map((t) => t.trim()).filter((t) => t.length > 0))];
    this.whole = new Set(clean);
    // Longest first, so a title that contains another shorter secret text is replaced whole.
    this.embedded = clean.filter((t) => t.length >= MIN_EMBEDDED).sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.whole.size === 0;
  }

  text(value: string): string {
    if (this.whole.has(value.trim())) return this.placeholder;
    let out = value;
    for (const needle of this.embedded) {
      if (out.length < needle.length) continue;
      if (out.includes(needle)) out = out.split(needle).join(this.placeholder);
    }
    return out;
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
