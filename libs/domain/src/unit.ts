/** Kinds of unit in the political system; the hierarchy itself is data of any depth. */
export const UNIT_KINDS = [
  'party_committee',
  'advisory_board',
  'fatherland_front',
  'mass_organisation',
  'armed_force',
  'state_agency',
  'commune',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Materialized path of a unit: the ids from the root down to it, each followed by
 * "/", starting with "/". A subtree is every path with this one as prefix.
 */
export const childPath = (parentPath: string | null, id: string): string => `${parentPath ?? '/'}${id}/`;

/** Unit codes: letters, digits, "-", "_", "."; stored upper case. */
export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
