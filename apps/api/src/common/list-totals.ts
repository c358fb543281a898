import { Injectable } from '@nestjs/common';
import { nothingEndedBetween } from '@dondoc/domain';

/** How long a list's total is reused before it is counted again (docs/decisions/0055-keyset-lists.md). */
export const LIST_TOTAL_MAX_AGE_MS = 5_000;

/** At most this many filters' totals are kept; the oldest goes first. */
const MAX_ENTRIES = 10_000;

/** A total and the instant it was counted. */
export interface CountedTotal {
  total: number;
  asOf: Date;
}

/**
 * The totals of the lists (tasks, directives), counted once per filter and caller's scope
 * every LIST_TOTAL_MAX_AGE_MS in this process, not once per page: counting 26,000 open
 * tasks is most of a page's cost (bench/README.md, lists). The answer carries `totalAsOf`,
 * so a client knows how old the figure is; the items themselves are always read fresh.
 * Concurrent requests for one filter share one count. Nothing here assumes one process:
 * N API processes count each filter at most N times a while.
 */
@Injectable()
export class ListTotals {
  private readonly entries = new Map<string, { at: number; snapshot?: string; counted: Promise<CountedTotal> }>();

  /**
   * `snapshot` reads the database's snapshot: a total is reused only while no transaction
   * has ended since it was counted, so whoever changes a task and opens the list again sees
   * the change (read your writes) while a burst of reads of an unchanged list counts once.
   */
  constructor(
    private readonly maxAgeMs = LIST_TOTAL_MAX_AGE_MS,
    private readonly snapshot?: () => Promise<string>,
  ) {}

  /**
   * The total under `key`, counted by `count` when none is younger than the maximum age.
   * `readAt` is a snapshot the caller has already read in this request, before the count
   * (the one its sign-in was checked in): compared instead of reading one more. Any
   * snapshot read before the count will do: a total counted after it is at least as new.
   */
  async get(key: string, count: () => Promise<number>, now = Date.now(), readAt?: string): Promise<CountedTotal> {
    const current = readAt ?? (this.snapshot ? await this.snapshot() : undefined);
    const entry = this.entries.get(key);
    const unchanged =
      current === undefined || (entry?.snapshot !== undefined && nothingEndedBetween(entry.snapshot, current));
    if (entry && now - entry.at < this.maxAgeMs && unchanged) return entry.counted;
    const asOf = new Date(now);
    const counted = count().then((total) => ({ total, asOf }));
    this.entries.delete(key);
    this.entries.set(key, { at: now, snapshot: current, counted });
    // A failed count is not kept: the next request counts again.
    counted.catch(() => {
      if (this.entries.get(key)?.counted === counted) this.entries.delete(key);
    });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return counted;
  }
}
