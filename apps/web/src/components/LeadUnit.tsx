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
