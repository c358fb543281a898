import { useUnits } from '../api/units';

/** A filter's unit: every unit the reader may see, indented by depth; '' is "all" (or the reader's own). */
export function UnitSelect(props: { label: string; value: string; emptyLabel: string; onChange(id: string): void }) {
  const units = useUnits();
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.emptyLabel}</option>
        {(units.data ?? []).map((u) => (
          <option key={u.id} value={u.id} lang="vi">
            {'\u00a0'.repeat(u.depth * 2)}
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}
