/**
 * Statistics across a reorganisation (docs/decisions/0079): a table as of an instant
 * counts each task in the row of the unit that holds it at that instant. A unit that had
 * ended by then (deactivated into a successor) is counted in its successor's row, followed
 * through every ending up to the instant; the successor's row names them ("gồm: …"). Before
 * an ending the old unit keeps its own row. Pure: the endings come from the units table.
 */

/** A unit ended into its successor at `endedAt` (units.deactivated_at, units.successor_id). */
export interface UnitEnding {
  id: string;
  code: string;
  name: string;
  successorId: string;
  successorName: string;
  endedAt: Date;
}

export interface PredecessorRef {
  id: string;
  code: string;
  name: string;
}

export interface UnitLineage {
  /** The unit holding at `at` what `unitId` held: its successor's successor…, while each ended by `at`. */
  holder(unitId: string, at: Date): { id: string; name: string } | null;
  /** Every unit ended (directly or through others) into `unitId` by `at`, by name. */
  predecessors(unitId: string, at: Date): PredecessorRef[];
}

const COLLATOR = new Intl.Collator('vi');

export function unitLineage(endings: Iterable<UnitEnding>): UnitLineage {
  const byId = new Map<string, UnitEnding>();
  const into = new Map<string, UnitEnding[]>();
  for (const e of endings) {
    byId.set(e.id, e);
    into.set(e.successorId, [...(into.get(e.successorId) ?? []), e]);
  }
  return {
    holder(unitId, at) {
      let holder: { id: string; name: string } | null = null;
      const seen = new Set([unitId]);
      for (let e = byId.get(unitId); e && e.endedAt <= at && !seen.has(e.successorId); e = byId.get(e.successorId)) {
        seen.add(e.successorId);
        holder = { id: e.successorId, name: e.successorName };
      }
      return holder;
    },
    predecessors(unitId, at) {
      const found: PredecessorRef[] = [];
      const seen = new Set([unitId]);
      const walk = (id: string) => {
        for (const e of into.get(id) ?? []) {
          if (e.endedAt > at || seen.has(e.id)) continue;
          seen.add(e.id);
          found.push({ id: e.id, code: e.code, name: e.name });
          walk(e.id);
        }
      };
      walk(unitId);
      return found.sort((a, b) => COLLATOR.compare(a.name, b.name) || a.code.localeCompare(b.code));
    },
  };
}

/** Each fact in the row of the unit holding its task at `at` (its own unit when none ended by then). */
export function attributeAt<T extends { unitId: string; unitName: string }>(
  facts: Iterable<T>,
  lineage: UnitLineage,
  at: Date,
): T[] {
  return [...facts].map((f) => {
    const holder = lineage.holder(f.unitId, at);
    return holder ? { ...f, unitId: holder.id, unitName: holder.name } : f;
  });
}

/** Per-unit counts (escalations, explanation requests) summed into the unit holding them at `at`. */
export function countsAt<C extends Record<string, number>>(
  counts: Map<string, C>,
  lineage: UnitLineage,
  at: Date,
): Map<string, C> {
  const summed = new Map<string, C>();
  for (const [unitId, c] of counts) {
    const id = lineage.holder(unitId, at)?.id ?? unitId;
    const before = summed.get(id);
    summed.set(
      id,
      before ? (Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v + (before[k] ?? 0)])) as C) : { ...c },
    );
  }
  return summed;
}
