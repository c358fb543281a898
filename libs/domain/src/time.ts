/** Time helpers for the wire and for people; pure and deterministic. */

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = offsetFormatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, found);
  }
  return found;
}

/** Wall-clock fields of `instant` in `timeZone`, read from ICU (slow: see zonedParts). */
function icuParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset at `instant` in seconds, from ICU. */
function icuOffsetSeconds(instant: Date, timeZone: string): number {
  const p = icuParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 1000);
}

/**
 * Offsets by zone and quarter hour. A zone's offset changes a few times a year at most,
 * while every list the API answers formats each row's dates: ICU's formatToParts for
 * each was a sixth of the API's CPU under load (bench/README.md, API under load). A
 * quarter hour whose two ends have the same offset has it throughout (transitions are
 * months apart); one with a transition inside is left to ICU, instant by instant.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const offsetCache = new Map<string, number | null>();

function offsetSeconds(instant: Date, timeZone: string): number {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  const key = `${timeZone} ${quarter}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const first = icuOffsetSeconds(new Date(quarter * QUARTER_HOUR_MS), timeZone);
    const last = icuOffsetSeconds(new Date((quarter + 1) * QUARTER_HOUR_MS - 1000), timeZone);
    offset = first === last ? first : null;
    if (offsetCache.size >= 50_000) offsetCache.clear(); // bounded: a long-running API reads many dates
    offsetCache.set(key, offset);
  }
  return offset ?? icuOffsetSeconds(instant, timeZone);
}

/** Wall-clock fields of `instant` in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string) {
  const wall = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offsetSeconds(instant, timeZone) * 1000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Asia/Ho_Chi_Minh: +420). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(offsetSeconds(instant, timeZone) / 60);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the zone's offset, e.g. 2026-03-31T17:00:00+07:00 (docs/architecture.md#api-conventions). */
export function toZonedIso(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const ms = instant.getUTCMilliseconds();
  return (
    `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** dd/MM/yyyy HH:mm as shown to people in Vietnam. */
export function formatForPeople(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** True for an ISO 8601 date-time that names its offset (Z or ±hh:mm). */
export function hasExplicitOffset(value: string): boolean {
  return /T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value);
}
