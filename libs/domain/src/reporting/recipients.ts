import type { UnitKind } from '../unit';

/**
 * Who must report in a round, resolved against the hierarchy as it is when the round
 * opens (docs/domain-rules.md#organisations-change): named units and/or whole subtrees filtered
 * by unit kind. A new commune under a subtree joins the next round; a deactivated unit's
 * obligation passes to its successor (followed to the end of the chain).
 */
export interface RecipientRule {
  units?: string[];
  subtrees?: { rootUnitId: string; kinds?: UnitKind[] }[];
}

export interface UnitNode {
  id: string;
  parentId: string | null;
  /** Materialized path: "/rootId/…/id/". */
  path: string;
  kind: UnitKind;
  active: boolean;
  successorId: string | null;
}

/** The active unit that carries `id`'s obligations (itself, or the end of its successor chain); null if none. */
export function carrier(id: string, byId: ReadonlyMap<string, UnitNode>): string | null {
  let unit = byId.get(id);
  for (let hops = 0; unit && !unit.active && hops < 50; hops++) {
    unit = unit.successorId ? byId.get(unit.successorId) : undefined;
  }
  return unit?.active ? unit.id : null;
}

/** The recipients' ids, each once, in path order; the issuer never reports to itself. */
export function resolveRecipients(rule: RecipientRule, units: readonly UnitNode[], issuerId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chosen = new Set<string>();
  for (const id of rule.units ?? []) {
    const unit = carrier(id, byId);
    if (unit) chosen.add(unit);
  }
  for (const { rootUnitId, kinds } of rule.subtrees ?? []) {
    const root = byId.get(rootUnitId);
    if (!root) continue;
    for (const unit of units) {
      if (!unit.active || unit.id === root.id || !unit.path.startsWith(root.path)) continue;
      if (!kinds?.length || kinds.includes(unit.kind)) chosen.add(unit.id);
    }
  }
  chosen.delete(issuerId);
  return [...chosen].sort((a, b) => byId.get(a)!.path.localeCompare(byId.get(b)!.path));
}

/**
 * Whether the cycle's rule names `unit` as a recipient (the successor rule aside: a unit
 * that carries a deactivated recipient's obligation is known by the rounds it is in).
 * What lets a recipient's users read the cycles issued above them.
 */
export function isNamedRecipient(
  def: { recipients: RecipientRule; consolidatingUnitId: string | null },
  unit: Pick<UnitNode, 'id' | 'path' | 'kind'>,
  issuerId: string,
): boolean {
  if (unit.id === issuerId) return false;
  if (def.consolidatingUnitId === unit.id || def.recipients.units?.includes(unit.id)) return true;
  return (def.recipients.subtrees ?? []).some(
    ({ rootUnitId, kinds }) =>
      rootUnitId !== unit.id && unit.path.includes(`/${rootUnitId}/`) && (!kinds?.length || kinds.includes(unit.kind)),
  );
}

/** One recipient's place in a round: who it reports to and its level (0: reports first). */
export interface RoundPlace {
  unitId: string;
  /** The recipient that consolidates this one's report; null: it reports to the issuer. */
  parentUnitId: string | null;
  /** 0 for a unit nobody reports to; else one more than its highest subordinate. */
  height: number;
}

/**
 * Structures the recipients down the hierarchy: each reports to its nearest ancestor
 * that is also a recipient, so lower levels report before the units that consolidate
 * them; with a consolidating unit (e.g. the issuer's advisory board), every top-level
 * recipient reports to it and it reports to the issuer.
 */
export function roundStructure(
  recipients: readonly string[],
  units: readonly UnitNode[],
  consolidatingUnitId: string | null = null,
): RoundPlace[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const set = new Set(recipients);
  if (consolidatingUnitId) set.add(consolidatingUnitId);
  const parentOf = new Map<string, string | null>();
  for (const id of set) {
    const ids = byId.get(id)!.path.split('/').filter(Boolean);
    let parent: string | null = null;
    for (let i = ids.length - 2; i >= 0; i--) {
      if (set.has(ids[i]!)) {
        parent = ids[i]!;
        break;
      }
    }
    if (parent === null && consolidatingUnitId && id !== consolidatingUnitId) parent = consolidatingUnitId;
    parentOf.set(id, parent);
  }
  const height = new Map<string, number>();
  const heightOf = (id: string): number => {
    if (!height.has(id)) {
      const children = [...parentOf].filter(([, p]) => p === id).map(([c]) => c);
      height.set(id, children.length ? 1 + Math.max(...children.map(heightOf)) : 0);
    }
    return height.get(id)!;
  };
  return [...set]
    .sort((a, b) => byId.get(a)!.path.localeCompare(byId.get(b)!.path))
    .map((unitId) => ({ unitId, parentUnitId: parentOf.get(unitId) ?? null, height: heightOf(unitId) }));
}

/** Depth from the top (0: reports to the issuer): tasks are created top-down, by delegation. */
export function depthsOf(places: readonly RoundPlace[]): Map<string, number> {
  const parent = new Map(places.map((p) => [p.unitId, p.parentUnitId]));
  const depth = new Map<string, number>();
  for (const { unitId } of places) {
    let d = 0;
    for (let at = parent.get(unitId); at; at = parent.get(at)) d++;
    depth.set(unitId, d);
  }
  return depth;
}

/** One recipient's task in a round: whom it reports to, how deep it is created, its level's deadline. */
export interface RoundAssignment {
  unitId: string;
  parentUnitId: string | null;
  depth: number;
  level: string;
  deadline: string;
}

/**
 * Who reports in a round and by when: the recipients resolved now, structured down the
 * hierarchy, each given the deadline of its level (its height: units nobody reports to
 * take the first level's, the units consolidating them the next; a tree deeper than
 * the policy gives its upper units the last level's).
 */
export function roundAssignments(
  def: { recipients: RecipientRule; consolidatingUnitId: string | null },
  units: readonly UnitNode[],
  issuerId: string,
  deadlines: readonly { level: string; deadline: string }[],
): RoundAssignment[] {
  const places = roundStructure(resolveRecipients(def.recipients, units, issuerId), units, def.consolidatingUnitId);
  const depths = depthsOf(places);
  return places.map((place) => {
    const { level, deadline } = deadlines[Math.min(place.height, deadlines.length - 1)]!;
    return {
      unitId: place.unitId,
      parentUnitId: place.parentUnitId,
      depth: depths.get(place.unitId)!,
      level,
      deadline,
    };
  });
}
