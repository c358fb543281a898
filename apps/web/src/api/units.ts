import { useQuery } from '@tanstack/react-query';
import { get } from './client';
import type { Unit } from './types';

/** Every unit the user may see, in tree order (parents before children, siblings by name). */
export function useUnits(includeInactive = false) {
  return useQuery({
    queryKey: ['units', 'all', includeInactive],
    staleTime: 60_000,
    queryFn: async () => {
      const all: Unit[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = await get('/units', { query: { limit: 500, offset, includeInactive } });
        all.push(...page.items);
        if (all.length >= page.total || page.items.length === 0) break;
      }
      return treeOrder(all);
    },
  });
}

export function treeOrder(units: Unit[]): Unit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: Unit[] = [];
  const walk = (parent: string | null) => {
    for (const unit of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      ordered.push(unit);
      walk(unit.id);
    }
  };
  walk(null);
  return ordered;
}
