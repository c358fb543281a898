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

interface Entry {
  at: number;
  snapshot?: string;
  counted: Promise<CountedTotal>;
  /** The count once it has answered: what an aged but unchanged entry serves while it is counted again. */
  settled?: CountedTotal;
  refreshing?: boolean;
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
  private readonly entries = new Map<string, Entry>();

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
    // Aged, but no transaction has ended since it was counted: the total is still the
    // database's (only the clock may have moved a task between buckets). Answer it, with
    // its `asOf`, and count again behind it, once: the requests of the count's duration
    // would otherwise all wait for it (the p99 of a busy list, bench/README.md, lists).
    // Without a snapshot to compare there is no such proof: those wait for the count.
    if (entry?.settled && entry.snapshot !== undefined && current !== undefined && unchanged) {
      if (!entry.refreshing) this.refresh(key, entry, count, now, current);
      return entry.settled;
    }
    return this.countNow(key, count, now, current);
  }

  private countNow(key: string, count: () => Promise<number>, now: number, snapshot?: string): Promise<CountedTotal> {
    const asOf = new Date(now);
    const counted = count().then((total) => ({ total, asOf }));
    const entry: Entry = { at: now, snapshot, counted };
    this.entries.delete(key);
    this.entries.set(key, entry);
    counted.then(
      (total) => {
        entry.settled = total;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return counted;
  }

  /** Counts an aged entry again; the entry answers meanwhile, and is replaced when the count has. */
  private refresh(key: string, entry: Entry, count: () => Promise<number>, now: number, snapshot: string): void {
    entry.refreshing = true;
    const asOf = new Date(now);
    count().then(
      (total) => {
        if (this.entries.get(key) !== entry) return; // a newer count took its place
        const settled = { total, asOf };
        this.entries.delete(key);
        this.entries.set(key, { at: now, snapshot, counted: Promise.resolve(settled), settled });
      },
      () => {
        entry.refreshing = false; // the next request tries again
      },
    );
  }
}
