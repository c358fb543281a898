import type { RecipientRule } from '../reporting/recipients';

/**
 * A reporting cycle's definition after a reorganisation (docs/decisions/0080): every ended
 * unit it names (issuer, consolidating unit, named recipient, subtree root) replaced by its
 * successor, so the next round names the successor. Rounds already open keep their copy.
 */
export interface CycleUnits {
  issuingUnitId: string;
  consolidatingUnitId: string | null;
  recipients: RecipientRule;
}

export type CycleUnitRole = 'issuer' | 'consolidating' | 'recipient' | 'subtreeRoot';

export interface UnitMoveIds {
  fromUnitId: string;
  toUnitId: string;
}

/** The units after the moves, and the roles that changed (none: nothing to amend). Asked again, nothing changes. */
export function cycleUnitsAfterMoves(
  units: CycleUnits,
  moves: readonly UnitMoveIds[],
): { units: CycleUnits; roles: CycleUnitRole[] } {
  const to = new Map(moves.filter((m) => m.fromUnitId !== m.toUnitId).map((m) => [m.fromUnitId, m.toUnitId]));
  const roles = new Set<CycleUnitRole>();
  const swap = (id: string, role: CycleUnitRole) => {
    const next = to.get(id);
    if (!next) return id;
    roles.add(role);
    return next;
  };
  const issuingUnitId = swap(units.issuingUnitId, 'issuer');
  const consolidatingUnitId = units.consolidatingUnitId && swap(units.consolidatingUnitId, 'consolidating');
  const recipients: RecipientRule = { ...units.recipients };
  if (units.recipients.units)
    recipients.units = [...new Set(units.recipients.units.map((id) => swap(id, 'recipient')))];
  if (units.recipients.subtrees) {
    const seen = new Set<string>();
    recipients.subtrees = units.recipients.subtrees
      .map((s) => ({ ...s, rootUnitId: swap(s.rootUnitId, 'subtreeRoot') }))
      .filter((s) => {
        const key = JSON.stringify([s.rootUnitId, [...(s.kinds ?? [])].sort()]);
        return !seen.has(key) && !!seen.add(key);
      });
  }
  const order: CycleUnitRole[] = ['issuer', 'consolidating', 'recipient', 'subtreeRoot'];
  return { units: { issuingUnitId, consolidatingUnitId, recipients }, roles: order.filter((r) => roles.has(r)) };
}
