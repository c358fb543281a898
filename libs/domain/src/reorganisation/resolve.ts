import { msg, type Text } from '../errors';
import type { UnitKind } from '../unit';
import {
  type ConflictKind,
  type PlanConflict,
  type ReorganisationResult,
  type UnitChange,
  type UnitChangeReason,
  type World,
} from './model';
import { successorCode, type Operation, type ReorganisationPlan, type Successor } from './plan';

// The types it reads and answers, where the callers have always imported them from.
export * from './model';

/**
 * The plan against the current tree, in memory: the conflicts it would meet and the tree it
 * would leave (docs/decisions/0077-reorganisation-plans.md). Pure: the caller reads the units
 * the plan names and their subtrees, the users of those units and of moveUsers, and the open
 * tasks naming a split unit; the preview's SQL then lists everything else that follows.
 */

interface Node {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parent: string | null;
  active: boolean;
  created: boolean;
  successor: string | null;
}

const CHANGE_ORDER: UnitChangeReason[] = [
  'created',
  'merged',
  'split',
  'abolished',
  'moved',
  'reparented',
  'renamed',
  'path',
];

export function planReorganisation(
  plan: ReorganisationPlan,
  world: World,
  newId: (code: string) => string,
): ReorganisationResult {
  const conflicts: PlanConflict[] = [];
  const conflict = (kind: ConflictKind, field: string, message: Text, subjects: string[]) =>
    conflicts.push({ kind, field, message, subjects });
  const byId = new Map(world.units.map((u) => [u.id, u]));
  const before = new Map<string, Node>(
    world.units.map((u) => [
      u.code,
      {
        id: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        parent: u.parentId ? (byId.get(u.parentId)?.code ?? null) : null,
        active: u.active,
        created: false,
        successor: null,
      },
    ]),
  );
  const nodes = new Map([...before].map(([code, node]) => [code, { ...node }]));
  const reasons = new Map<string, Set<UnitChangeReason>>();
  const mark = (code: string, reason: UnitChangeReason) => {
    if (!reasons.has(code)) reasons.set(code, new Set());
    reasons.get(code)!.add(reason);
  };

  // 1. Units the plan creates: codes not taken, each created once.
  const created = new Map<string, string>();
  const createUnit = (successor: Successor, field: string, defaultParent: string | null) => {
    if ('code' in successor) return;
    const unit = successor.create;
    if (before.has(unit.code) || created.has(unit.code)) {
      conflict('codeTaken', `${field}.code`, msg('reorganisation.codeTaken', { code: unit.code }), [unit.code]);
      return;
    }
    created.set(unit.code, field);
    nodes.set(unit.code, {
      id: newId(unit.code),
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parent: unit.parentCode ?? defaultParent,
      active: true,
      created: true,
      successor: null,
    });
    mark(unit.code, 'created');
  };
  plan.operations.forEach((op, i) => {
    const at = `operations[${i}]`;
    if (op.op === 'merge') createUnit(op.into, `${at}.into`, before.get(op.from[0] ?? '')?.parent ?? null);
    if (op.op === 'split') {
      const parent = before.get(op.from)?.parent ?? null;
      op.into.forEach((part, j) => createUnit(part, `${at}.into[${j}]`, parent));
    }
  });

  // 2. Every code named: known, active; each unit the subject of one operation only; no
  //    operation's target is a unit another operation ends.
  const subjects = new Map<string, string>();
  const ending = new Map<string, string>();
  const known = (code: string, field: string) => {
    if (!code) return false;
    if (created.has(code)) return true;
    const node = before.get(code);
    if (!node) conflict('unknownUnit', field, msg('reorganisation.unknownUnit', { code }), [code]);
    else if (!node.active) conflict('inactiveUnit', field, msg('units.unitIsDeactivated', { code }), [code]);
    return !!node?.active;
  };
  const subject = (code: string, field: string, ends: boolean) => {
    if (!known(code, field)) return false;
    const earlier = subjects.get(code);
    if (earlier) {
      conflict('twoOperations', field, msg('reorganisation.twoOperations', { code, field: earlier }), [code]);
      return false;
    }
    subjects.set(code, field);
    if (ends) ending.set(code, field);
    return true;
  };
  const targets: { code: string; field: string }[] = [];
  const target = (code: string, field: string) => {
    if (known(code, field)) targets.push({ code, field });
  };
  plan.operations.forEach((op, i) => {
    const at = `operations[${i}]`;
    switch (op.op) {
      case 'merge':
        // "A absorbs B and C" may list A among the merged: it stays, the successor.
        op.from.forEach((code, j) => code !== successorCode(op.into) && subject(code, `${at}.from[${j}]`, true));
        if ('code' in op.into) target(op.into.code, `${at}.into`);
        else if (op.into.create.parentCode) target(op.into.create.parentCode, `${at}.into.parentCode`);
        break;
      case 'split':
        subject(op.from, `${at}.from`, true);
        op.into.forEach((part, j) => {
          if ('code' in part) target(part.code, `${at}.into[${j}]`);
          else if (part.create.parentCode) target(part.create.parentCode, `${at}.into[${j}].parentCode`);
        });
        break;
      case 'move':
        subject(op.unit, `${at}.unit`, false);
        target(op.parent, `${at}.parent`);
        break;
      case 'abolishLevel':
        op.units.forEach((code, j) => subject(code, `${at}.units[${j}]`, true));
        break;
      case 'rename':
        subject(op.unit, `${at}.unit`, false);
        break;
      case 'moveUsers':
        target(op.to, `${at}.to`);
        break;
    }
  });
  for (const { code, field } of targets) {
    const ends = ending.get(code);
    if (ends) conflict('twoOperations', field, msg('reorganisation.targetEnds', { code, field: ends }), [code]);
  }

  // 3. The operations, on the tree in memory.
  const splitTaskSuccessors = new Map<string, Map<string, string>>();
  const userTo = new Map<string, { code: string; field: string }>();
  const splitOf = new Map<string, Extract<Operation, { op: 'split' }> & { at: string }>();
  plan.operations.forEach((op, i) => {
    const at = `operations[${i}]`;
    switch (op.op) {
      case 'merge': {
        const into = successorCode(op.into);
        for (const code of op.from) if (code !== into) end(code, into, 'merged');
        break;
      }
      case 'split':
        splitOf.set(op.from, { ...op, at });
        // Its tasks go where the plan says, one by one; only the rule names a successor for the rest.
        end(op.from, op.otherwise, 'split');
        break;
      case 'move': {
        const node = nodes.get(op.unit);
        if (node && nodes.has(op.parent)) {
          node.parent = op.parent;
          mark(op.unit, 'moved');
        }
        break;
      }
      case 'abolishLevel':
        for (const code of op.units) end(code, before.get(code)?.parent ?? null, 'abolished');
        break;
      case 'rename': {
        const node = nodes.get(op.unit);
        if (node) {
          node.name = op.name;
          mark(op.unit, 'renamed');
        }
        break;
      }
      case 'moveUsers':
        for (const username of op.users) userTo.set(username, { code: op.to, field: `${at}.users` });
        break;
    }
  });
  function end(code: string, successor: string | null, reason: UnitChangeReason) {
    const node = nodes.get(code);
    if (!node || !ending.has(code)) return;
    node.active = false;
    node.successor = successor;
    mark(code, reason);
  }

  // Where an ended unit's obligations and children go: along successors to an active unit.
  const carrier = (code: string | null): string | null => {
    const seen = new Set<string>();
    let at = code;
    while (at && !seen.has(at)) {
      const node = nodes.get(at);
      if (!node) return null;
      if (node.active) return at;
      seen.add(at);
      at = node.successor;
    }
    return null;
  };
  // A split unit's children go to its rule's successor, or else to its first part.
  const childCarrier = (code: string): string | null => {
    const split = splitOf.get(code);
    if (split) return carrier(split.otherwise ?? successorCode(split.into[0] ?? { code: '' }));
    return carrier(code);
  };
  for (const node of nodes.values()) {
    if (!node.active || !node.parent) continue;
    const parent = nodes.get(node.parent);
    if (parent && !parent.active && ending.has(parent.code)) {
      node.parent = childCarrier(parent.code);
      mark(node.code, 'reparented');
    }
  }

  // 4. Cycles: an active unit that, climbing its parents, comes back to itself.
  const inCycle = new Set<string>();
  for (const start of nodes.values()) {
    if (!start.active || inCycle.has(start.code)) continue;
    const trail: string[] = [];
    let at: string | null = start.code;
    while (at && !trail.includes(at)) {
      trail.push(at);
      at = nodes.get(at)?.parent ?? null;
    }
    if (!at || inCycle.has(at)) continue;
    const loop = trail.slice(trail.indexOf(at));
    loop.forEach((code) => inCycle.add(code));
    const field = loop.map((code) => subjects.get(code)).find(Boolean) ?? 'operations';
    conflict('cycle', field, msg('reorganisation.cycle', { codes: loop.join(' → ') }), loop);
  }

  // 5. Paths: ids (stored form) and codes (what the preview shows); an ended unit keeps its place.
  const paths = new Map<string, string>();
  const codePaths = new Map<string, string>();
  const pathOf = (code: string, ids: boolean): string => {
    const memo = ids ? paths : codePaths;
    const done = memo.get(code);
    if (done) return done;
    const node = nodes.get(code)!;
    const parent = node.active ? node.parent : (before.get(code)?.parent ?? null);
    const value =
      inCycle.has(code) || !parent || !nodes.has(parent) || inCycle.has(parent)
        ? `/${ids ? node.id : code}/`
        : `${pathOf(parent, ids)}${ids ? node.id : code}/`;
    memo.set(code, value);
    return value;
  };
  const beforePaths = new Map<string, string>();
  const beforePath = (code: string): string => {
    const done = beforePaths.get(code);
    if (done) return done;
    const parent = before.get(code)!.parent;
    const value = parent && before.has(parent) ? `${beforePath(parent)}${code}/` : `/${code}/`;
    beforePaths.set(code, value);
    return value;
  };
  for (const code of nodes.keys()) pathOf(code, true);

  // 6. Users: those of an ended unit follow its carrier, unless the plan names their unit.
  const userMoves = new Map<string, string>();
  const usernames = new Map(world.users.map((u) => [u.username, u]));
  for (const [username, { code, field }] of userTo) {
    const user = usernames.get(username);
    if (!user) conflict('unknownUser', field, msg('reorganisation.unknownUser', { username }), [username]);
    else if (nodes.get(code)?.active) userMoves.set(user.id, code);
  }
  for (const user of world.users) {
    const unit = byId.get(user.unitId);
    if (!user.active || !unit || !ending.has(unit.code) || userTo.has(user.username)) continue;
    const to = splitOf.has(unit.code) ? carrier(splitOf.get(unit.code)!.otherwise) : carrier(unit.code);
    if (to) userMoves.set(user.id, to);
    else
      conflict(
        'userWithoutUnit',
        ending.get(unit.code)!,
        msg('reorganisation.userWithoutUnit', { username: user.username, code: unit.code }),
        [user.username],
      );
  }

  // 7. A split unit's open tasks: each needs a successor, one of the split's parts.
  for (const [code, split] of splitOf) {
    const unit = before.get(code);
    if (!unit || !ending.has(code)) continue;
    const parts = new Set(split.into.map(successorCode));
    const open = new Set<string>();
    const taskSuccessors = new Map<string, string>();
    splitTaskSuccessors.set(unit.id, taskSuccessors);
    for (const task of world.splitTasks) {
      if (task.unitId !== unit.id || open.has(task.id)) continue;
      open.add(task.id);
      const chosen = split.tasks[task.id] ?? split.otherwise;
      if (chosen) taskSuccessors.set(task.id, chosen);
      else
        conflict(
          'taskWithoutSuccessor',
          `${split.at}.tasks`,
          msg('reorganisation.taskWithoutSuccessor', { task: task.id, code }),
          [task.id],
        );
    }
    for (const [taskId, chosen] of Object.entries(split.tasks)) {
      if (!open.has(taskId))
        conflict(
          'unknownTask',
          `${split.at}.tasks.${taskId}`,
          msg('reorganisation.unknownTask', { task: taskId, code }),
          [taskId],
        );
      else if (!parts.has(chosen))
        conflict('unknownUnit', `${split.at}.tasks.${taskId}`, msg('reorganisation.notAPart', { code: chosen }), [
          chosen,
        ]);
    }
    if (split.otherwise && !parts.has(split.otherwise))
      conflict('unknownUnit', `${split.at}.otherwise`, msg('reorganisation.notAPart', { code: split.otherwise }), [
        split.otherwise,
      ]);
  }

  // 8. What changes, unit by unit (descendants of a moved unit: their path).
  const units: UnitChange[] = [];
  const successorOf = new Map<string, string | null>();
  for (const node of nodes.values()) {
    const old = before.get(node.code);
    const pathAfter = pathOf(node.code, false);
    const pathBefore = old ? beforePath(node.code) : null;
    const why = reasons.get(node.code) ?? new Set<UnitChangeReason>();
    if (old && pathBefore !== pathAfter) why.add('path');
    if (why.size === 0) continue;
    if (why.size > 1) why.delete('path');
    const successor = node.active ? null : splitOf.has(node.code) ? carrier(node.successor) : carrier(node.code);
    if (!node.active) successorOf.set(node.id, successor);
    // An abolished root (or a unit abolished under a split without a rule): its children would
    // become roots and its obligations go nowhere. A split without a rule is named by task and user.
    if (!successor && ending.has(node.code) && !splitOf.has(node.code))
      conflict('noSuccessor', ending.get(node.code)!, msg('reorganisation.noSuccessor', { code: node.code }), [
        node.code,
      ]);
    units.push({
      code: node.code,
      id: old ? node.id : null,
      reasons: CHANGE_ORDER.filter((r) => why.has(r)),
      nameBefore: old?.name ?? null,
      nameAfter: node.name,
      activeAfter: node.active,
      successorCode: successor,
      pathBefore,
      pathAfter,
    });
  }
  units.sort((a, b) => a.pathAfter.localeCompare(b.pathAfter));
  return { conflicts, units, paths, successorOf, splitTaskSuccessors, userMoves };
}
