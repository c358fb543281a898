import { accessWorld, expectAccess, type AccessCase } from '../support/access';

/**
 * Who may see and do what with directives (issue 3): a user acts within their unit and
 * its subtree; a unit's tasks are visible to it and to every ancestor; directives go
 * only to units in the issuer's subtree.
 */
describe('access to directives (HTTP, real PostgreSQL)', () => {
  const world = accessWorld();
  const { call, directive, task, ids } = world;

  const matrix: AccessCase[] = [
    [
      'a commune officer cannot read a sibling commune’s directive',
      'mttq.chuse',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      404,
    ],
    [
      'a commune leader cannot read a sibling commune’s directive',
      'bithu.chuse',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      404,
    ],
    [
      'the provincial leader sees a commune’s directive',
      'thuongtruc.tu',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      200,
    ],
    ['the commune leader sees its own directive', 'bithu.iagrai', 'GET', '/api/v1/directives/:commune', undefined, 200],
    [
      'an assigned commune unit sees the directive',
      'mttq.iagrai',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      200,
    ],
    [
      'a provincial agency outside the branch does not',
      'ca.tinh',
      'GET',
      '/api/v1/directives/:commune',
      undefined,
      404,
    ],
    [
      'an assigned provincial board sees the province directive',
      'bdv.tinh',
      'GET',
      '/api/v1/directives/:province',
      undefined,
      200,
    ],
    [
      'a coordinating commune body sees the province directive',
      'mttq.chuse',
      'GET',
      '/api/v1/directives/:province',
      undefined,
      200,
    ],
    [
      'a commune leader issues to its own units',
      'bithu.iagrai',
      'POST',
      '/api/v1/directives',
      () => directive('DU-IAGRAI', 'MTTQ-IAGRAI', 'UBND-IAGRAI'),
      201,
    ],
    [
      'a commune leader cannot issue to another commune',
      'bithu.iagrai',
      'POST',
      '/api/v1/directives',
      () => directive('DU-IAGRAI', 'MTTQ-CHUSE'),
      403,
    ],
    [
      'an officer cannot issue in the name of a unit above',
      'bdv.tinh',
      'POST',
      '/api/v1/directives',
      () => directive('TU-GL', 'BDV-TU'),
      403,
    ],
    [
      'an officer no longer issues directly, even to a unit below its own: a draft goes to a leader (decision 74)',
      'mttq.iagrai',
      'POST',
      '/api/v1/directives',
      () => directive('MTTQ-IAGRAI', 'HND-IAGRAI'),
      403,
    ],
    [
      'an officer drafts for a unit below its own',
      'mttq.iagrai',
      'POST',
      '/api/v1/drafts',
      () => directive('MTTQ-IAGRAI', 'HND-IAGRAI'),
      201,
    ],
    [
      'an officer cannot issue to its parent unit',
      'mttq.iagrai',
      'POST',
      '/api/v1/directives',
      () => directive('MTTQ-IAGRAI', 'DU-IAGRAI'),
      403,
    ],
    [
      'the provincial leader issues to any unit below',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives',
      () => directive('TU-GL', 'HND-CHUSE', 'CA-GL'),
      201,
    ],
    [
      'a sibling commune cannot cancel the directive',
      'bithu.chuse',
      'POST',
      '/api/v1/directives/:commune/cancel',
      () => ({ reason: 'x' }),
      404,
    ],
    [
      'an assigned unit cannot cancel its issuer’s directive',
      'mttq.iagrai',
      'POST',
      '/api/v1/directives/:commune/cancel',
      () => ({ reason: 'x' }),
      403,
    ],
    [
      'the provincial leader may amend a commune directive',
      'thuongtruc.tu',
      'POST',
      '/api/v1/directives/:commune/amendments',
      () => ({ kind: 'add_task', task: task('HND-IAGRAI') }),
      200,
    ],
    ['no token, no list', null, 'GET', '/api/v1/directives', undefined, 401],
    [
      'a commune leader cannot filter by another commune',
      'bithu.chuse',
      'GET',
      '/api/v1/directives?unitId=:DU-IAGRAI',
      undefined,
      404,
    ],
  ];

  it.each(matrix)('%s', (...row) => expectAccess(world, row));

  it('shows an assigned unit only its own tasks of a directive, and its ancestors all of them', async () => {
    const chuse = await call('mttq.chuse', 'GET', '/api/v1/directives/:province');
    expect(chuse.body.tasks.map((t: { leadUnit: { code: string } }) => t.leadUnit.code)).toEqual([
      `${world.p.prefix}-HND-GL`,
    ]);
    const board = await call('bdv.tinh', 'GET', '/api/v1/directives/:province');
    expect(board.body.tasks).toHaveLength(4);
    const leader = await call('thuongtruc.tu', 'GET', '/api/v1/directives/:province');
    expect(leader.body.tasks).toHaveLength(8);
    const commune = await call('mttq.iagrai', 'GET', '/api/v1/directives/:commune');
    const codes = commune.body.tasks.map((t: { leadUnit: { code: string } }) => t.leadUnit.code);
    expect(codes).toContain(`${world.p.prefix}-MTTQ-IAGRAI`);
    expect(codes).not.toContain(`${world.p.prefix}-CA-IAGRAI`);
  });

  it('lists to each user only the directives of its branch', async () => {
    const iagrai = await call('mttq.iagrai', 'GET', '/api/v1/directives?limit=500');
    expect(iagrai.body.items.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining([ids.commune, ids.province]),
    );
    const chuse = await call('bithu.chuse', 'GET', '/api/v1/directives?limit=500');
    expect(chuse.body.items.map((d: { id: string }) => d.id)).not.toContain(ids.commune);
    const users = await call('bithu.iagrai', 'GET', '/api/v1/users');
    expect(users.body.map((u: { username: string }) => u.username).sort()).toEqual(
      [world.p.user('bithu.iagrai'), world.p.user('mttq.iagrai')].sort(),
    );
  });
});
