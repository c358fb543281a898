import { useI18n, Vi } from '../i18n';

/**
 * A task's lead unit by name and, for a task handed over from an ended unit, the unit it
 * left: "Đảng ủy xã Ia Grai - Chư Sê (trước đây: Đảng ủy xã Chư Sê)" (docs/decisions/0079).
 */
export function LeadUnit({ unit }: { unit: { name: string; formerly?: { code: string; name: string } | null } }) {
  const { tx } = useI18n();
  return (
    <>
      <Vi>{unit.name}</Vi>
      {unit.formerly && (
        <>
          {' '}
          <span className="muted" data-testid="formerly">
            ({tx('unit.formerly', { name: <Vi>{unit.formerly.name}</Vi> })})
          </span>
        </>
      )}
    </>
  );
}

/** A statistics row's predecessors, for a unit others ended into: "gồm: Đảng ủy xã Chư Sê, …". */
export function Predecessors({ units }: { units?: { name: string }[] }) {
  const { tx } = useI18n();
  if (!units?.length) return null;
  return (
    <div className="muted" data-testid="predecessors">
      {tx('unit.including', { names: <Vi>{units.map((u) => u.name).join(', ')}</Vi> })}
    </div>
  );
}
