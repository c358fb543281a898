import { useMemo, useState } from 'react';
import { useUnits } from '../api/units';
import type { Unit } from '../api/types';
import { useI18n, Vi } from '../i18n';
import { fold } from '../lib/fold';

const SHOWN = 150;

/**
 * Units picked from the tree, searched with or without diacritics. A match keeps its
 * ancestors on screen so one sees where in the hierarchy it sits.
 */
export function UnitPicker(props: {
  id?: string;
  label: string;
  multiple?: boolean;
  value: string[];
  onChange(ids: string[]): void;
  describedBy?: string;
  filter?: (unit: Unit) => boolean;
}) {
  const { t } = useI18n();
  const units = useUnits();
  const [query, setQuery] = useState('');
  const all = useMemo(
    () => (units.data ?? []).filter((u) => u.active && (props.filter?.(u) ?? true)),
    [units.data, props.filter],
  );
  const byId = useMemo(() => new Map(all.map((u) => [u.id, u])), [all]);
  const shown = useMemo(() => {
    const needle = fold(query);
    if (!needle) return all;
    const keep = new Set<string>();
    for (const unit of all) {
      if (!fold(`${unit.name} ${unit.code}`).includes(needle)) continue;
      for (let u: Unit | undefined = unit; u && !keep.has(u.id); u = u.parentId ? byId.get(u.parentId) : undefined)
        keep.add(u.id);
    }
    return all.filter((u) => keep.has(u.id));
  }, [all, byId, query]);
  const minDepth = Math.min(...all.map((u) => u.depth), 0);

  const toggle = (id: string) => {
    if (!props.multiple) return props.onChange([id]);
    props.onChange(props.value.includes(id) ? props.value.filter((v) => v !== id) : [...props.value, id]);
  };

  return (
    <div className="unit-picker" aria-describedby={props.describedBy}>
      <div className="chips">
        {props.value.map((id) => (
          <button
            type="button"
            key={id}
            className="chip"
            onClick={() => toggle(id)}
            aria-label={t('unitPicker.remove', { name: byId.get(id)?.name ?? id })}
          >
            <Vi>{byId.get(id)?.name ?? id}</Vi> ×
          </button>
        ))}
        {props.value.length === 0 && <span className="muted">{t('unitPicker.none')}</span>}
      </div>
      <input
        id={props.id}
        type="search"
        value={query}
        placeholder={t('unitPicker.search')}
        aria-label={`${props.label}: ${t('unitPicker.search')}`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="unit-list" aria-label={props.label}>
        {shown.slice(0, SHOWN).map((unit) => (
          <li key={unit.id} style={{ paddingLeft: `${(unit.depth - minDepth) * 0.9}rem` }}>
            <button type="button" aria-pressed={props.value.includes(unit.id)} onClick={() => toggle(unit.id)}>
              <Vi>{unit.name}</Vi>{' '}
              <span className="muted" translate="no">
                {unit.code}
              </span>
            </button>
          </li>
        ))}
        {shown.length > SHOWN && <li className="muted">{t('unitPicker.more', { count: shown.length - SHOWN })}</li>}
        {units.isSuccess && shown.length === 0 && <li className="muted">{t('common.none')}</li>}
      </ul>
    </div>
  );
}
