import {
  expansionMatches,
  expansionProblems,
  MAX_EXPANSION_LEVEL,
  type ExpansionCandidate,
} from './directive-expansion';

// A province (P) issuing; a commune (C) under it with its front (F) and a mass organisation (M) under the front.
const root = { path: '/P/', depth: 0 };
const unit = (id: string, kind: string, path: string, active = true): ExpansionCandidate => ({
  id,
  kind,
  path,
  depth: path.split('/').filter(Boolean).length - 1,
  active,
});
const P = unit('P', 'party_committee', '/P/');
const C = unit('C', 'commune', '/P/C/');
const F = unit('F', 'fatherland_front', '/P/C/F/');
const M = unit('M', 'mass_organisation', '/P/C/F/M/');
const OLD = unit('OLD', 'mass_organisation', '/P/C/F/OLD/', false);
const ELSEWHERE = unit('X', 'mass_organisation', '/Q/X/');

describe('directive expansion: which units a rule names', () => {
  it.each<[string, ExpansionCandidate, { kinds: string[]; levels?: number[] }, boolean]>([
    ['a unit of a named kind in the subtree', M, { kinds: ['mass_organisation'] }, true],
    ['a unit of another kind', F, { kinds: ['mass_organisation'] }, false],
    ['one of several kinds', F, { kinds: ['mass_organisation', 'fatherland_front'] }, true],
    ['an inactive unit of the kind', OLD, { kinds: ['mass_organisation'] }, false],
    ['a unit outside the root', ELSEWHERE, { kinds: ['mass_organisation'] }, false],
    ['at a named level (3 below the root)', M, { kinds: ['mass_organisation'], levels: [3] }, true],
    ['at another level', M, { kinds: ['mass_organisation'], levels: [1, 2] }, false],
    ['no levels: every depth', C, { kinds: ['commune'], levels: [] }, true],
    ['the issuing unit itself, even when it matches', P, { kinds: ['party_committee'], levels: [0] }, false],
  ])('%s', (_what, candidate, rule, expected) => {
    expect(expansionMatches(candidate, rule as never, root, 'P')).toBe(expected);
  });

  it('counts levels from the root it is given, not from the top of the hierarchy', () => {
    expect(expansionMatches(M, { kinds: ['mass_organisation'], levels: [2] }, { path: '/P/C/', depth: 1 }, 'P')).toBe(
      true,
    );
    expect(expansionMatches(C, { kinds: ['commune'] }, { path: '/P/C/', depth: 1 }, 'P')).toBe(true);
  });
});

describe('directive expansion: the shape of a rule', () => {
  it.each<[string, { kinds?: unknown; levels?: unknown }, string[]]>([
    ['kinds and levels in order', { kinds: ['commune', 'fatherland_front'], levels: [1, 2] }, []],
    ['no levels', { kinds: ['commune'] }, []],
    ['no kinds', { kinds: [] }, ['expansion.kinds']],
    ['kinds missing', {}, ['expansion.kinds']],
    ['an unknown kind', { kinds: ['commune', 'district'] }, ['expansion.kinds.1']],
    ['a kind repeated', { kinds: ['commune', 'commune'] }, ['expansion.kinds.1']],
    ['a negative level', { kinds: ['commune'], levels: [-1] }, ['expansion.levels.0']],
    ['a fractional level', { kinds: ['commune'], levels: [1.5] }, ['expansion.levels.0']],
    ['a level too deep', { kinds: ['commune'], levels: [MAX_EXPANSION_LEVEL + 1] }, ['expansion.levels.0']],
    ['a level repeated', { kinds: ['commune'], levels: [2, 2] }, ['expansion.levels.1']],
  ])('%s', (_what, rule, fields) => {
    const problems = expansionProblems(rule, 'expansion');
    expect(problems.map((p) => p.field)).toEqual(fields);
  });
});
