import { msg } from '../errors';
import type { ReorganisationResult, UnitChange, UnitChangeReason, World } from './model';
import { successorCode, type ReorganisationPlan } from './plan';
import { PlanTree, type SplitOperation } from './plan-tree';

// The types it reads and answers, where the callers have always imported them from.
export * from './model';

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

/**
 * The plan against the current tree, in memory: the conflicts it would meet and the tree it
 * would leave (docs/decisions/0077-reorganisation-plans.md). Pure: the caller reads the units
 * the plan names and their subtrees, the users of those units and of moveUsers, and the open
 * tasks naming a split unit; the preview's SQL then lists everything else that follows.
 */
export function planReorganisation(
  plan: ReorganisationPlan,
  world: World,
  newId: (code: string) => string,
): ReorganisationResult {
  return new PlanResolver(plan, world, newId).resolve();
}

/** Steps 4–8: what the tree in memory means (carriers, cycles, paths, users, split tasks, the changes). */
class PlanResolver extends PlanTree {
  resolve(): ReorganisationResult {
    this.createUnits();
    this.checkNamedUnits();
    this.applyOperations();
    this.reparentChildren();
    this.findCycles();
    for (const code of this.nodes.keys()) this.pathOf(code, true);
    const userMoves = this.moveUsers();
    const splitTaskSuccessors = this.splitTasks();
    const { units, successorOf } = this.unitChanges();
    return { conflicts: this.conflicts, units, paths: this.paths, successorOf, splitTaskSuccessors, userMoves };
  }

  /** Where an ended unit's obligations and children go: along successors to an active unit. */
  private carrier(code: string | null): string | null {
    const seen = new Set<string>();
    let at = code;
    while (at && !seen.has(at)) {
      const node = this.nodes.get(at);
      if (!node) return null;
      if (node.active) return at;
      seen.add(at);
      at = node.successor;
    }
    return null;
  }

  /** Children of an ended unit move to its carrier; a split unit's to its rule's successor, or else its first part. */
  private reparentChildren(): void {
    const childCarrier = (code: string): string | null => {
      const split = this.splitOf.get(code);
      if (split) return this.carrier(split.otherwise ?? successorCode(split.into[0] ?? { code: '' }));
      return this.carrier(code);
    };
    for (const node of this.nodes.values()) {
      if (!node.active || !node.parent) continue;
      const parent = this.nodes.get(node.parent);
      if (parent && !parent.active && this.ending.has(parent.code)) {
        node.parent = childCarrier(parent.code);
        this.mark(node.code, 'reparented');
      }
    }
  }

  /** 4. Cycles: an active unit that, climbing its parents, comes back to itself. */
  private findCycles(): void {
    for (const start of this.nodes.values()) {
      if (!start.active || this.inCycle.has(start.code)) continue;
      const trail: string[] = [];
      let at: string | null = start.code;
      while (at && !trail.includes(at)) {
        trail.push(at);
        at = this.nodes.get(at)?.parent ?? null;
      }
      if (!at || this.inCycle.has(at)) continue;
      const loop = trail.slice(trail.indexOf(at));
      loop.forEach((code) => this.inCycle.add(code));
      const field = loop.map((code) => this.subjects.get(code)).find(Boolean) ?? 'operations';
      this.conflict('cycle', field, msg('reorganisation.cycle', { codes: loop.join(' → ') }), loop);
    }
  }

  /** 5. Paths after: ids (stored form) and codes (what the preview shows); an ended unit keeps its place. */
  private pathOf(code: string, ids: boolean): string {
    const memo = ids ? this.paths : this.codePaths;
    const done = memo.get(code);
    if (done) return done;
    const node = this.nodes.get(code)!;
    const parent = node.active ? node.parent : (this.before.get(code)?.parent ?? null);
    const value =
      this.inCycle.has(code) || !parent || !this.nodes.has(parent) || this.inCycle.has(parent)
        ? `/${ids ? node.id : code}/`
        : `${this.pathOf(parent, ids)}${ids ? node.id : code}/`;
    memo.set(code, value);
    return value;
  }

  /** The path of codes before the plan. */
  private beforePath(code: string): string {
    const done = this.beforePaths.get(code);
    if (done) return done;
    const parent = this.before.get(code)!.parent;
    const value = parent && this.before.has(parent) ? `${this.beforePath(parent)}${code}/` : `/${code}/`;
    this.beforePaths.set(code, value);
    return value;
  }

  /** 6. Users: those of an ended unit follow its carrier, unless the plan names their unit. */
  private moveUsers(): Map<string, string> {
    const userMoves = new Map<string, string>();
    const usernames = new Map(this.world.users.map((u) => [u.username, u]));
    for (const [username, { code, field }] of this.userTo) {
      const user = usernames.get(username);
      if (!user) this.conflict('unknownUser', field, msg('reorganisation.unknownUser', { username }), [username]);
      else if (this.nodes.get(code)?.active) userMoves.set(user.id, code);
    }
    for (const user of this.world.users) {
      const unit = this.byId.get(user.unitId);
      if (!user.active || !unit || !this.ending.has(unit.code) || this.userTo.has(user.username)) continue;
      const split = this.splitOf.get(unit.code);
      const to = split ? this.carrier(split.otherwise) : this.carrier(unit.code);
      if (to) userMoves.set(user.id, to);
      else
        this.conflict(
          'userWithoutUnit',
          this.ending.get(unit.code)!,
          msg('reorganisation.userWithoutUnit', { username: user.username, code: unit.code }),
          [user.username],
        );
    }
    return userMoves;
  }

  /** 7. A split unit's open tasks: each needs a successor, one of the split's parts. */
  private splitTasks(): Map<string, Map<string, string>> {
    const splitTaskSuccessors = new Map<string, Map<string, string>>();
    for (const [code, split] of this.splitOf) {
      const unit = this.before.get(code);
      if (!unit || !this.ending.has(code)) continue;
      const taskSuccessors = new Map<string, string>();
      splitTaskSuccessors.set(unit.id, taskSuccessors);
      const open = new Set<string>();
      for (const task of this.world.splitTasks) {
        if (task.unitId !== unit.id || open.has(task.id)) continue;
        open.add(task.id);
        const chosen = split.tasks[task.id] ?? split.otherwise;
        if (chosen) taskSuccessors.set(task.id, chosen);
        else
          this.conflict(
            'taskWithoutSuccessor',
            `${split.at}.tasks`,
            msg('reorganisation.taskWithoutSuccessor', { task: task.id, code }),
            [task.id],
          );
      }
      this.checkSplitChoices(code, split, open);
    }
    return splitTaskSuccessors;
  }

  /** The tasks a split names are its unit's open ones, each sent to one of its parts, as is its rule. */
  private checkSplitChoices(code: string, split: SplitOperation, open: Set<string>): void {
    const parts = new Set(split.into.map(successorCode));
    for (const [taskId, chosen] of Object.entries(split.tasks)) {
      const field = `${split.at}.tasks.${taskId}`;
      if (!open.has(taskId))
        this.conflict('unknownTask', field, msg('reorganisation.unknownTask', { task: taskId, code }), [taskId]);
      else if (!parts.has(chosen))
        this.conflict('unknownUnit', field, msg('reorganisation.notAPart', { code: chosen }), [chosen]);
    }
    if (split.otherwise && !parts.has(split.otherwise))
      this.conflict('unknownUnit', `${split.at}.otherwise`, msg('reorganisation.notAPart', { code: split.otherwise }), [
        split.otherwise,
      ]);
  }

  /** 8. What changes, unit by unit (descendants of a moved unit: their path). */
  private unitChanges(): { units: UnitChange[]; successorOf: Map<string, string | null> } {
    const units: UnitChange[] = [];
    const successorOf = new Map<string, string | null>();
    for (const node of this.nodes.values()) {
      const old = this.before.get(node.code);
      const pathAfter = this.pathOf(node.code, false);
      const pathBefore = old ? this.beforePath(node.code) : null;
      const why = this.reasons.get(node.code) ?? new Set<UnitChangeReason>();
      if (old && pathBefore !== pathAfter) why.add('path');
      if (why.size === 0) continue;
      if (why.size > 1) why.delete('path');
      const successor = node.active
        ? null
        : this.splitOf.has(node.code)
          ? this.carrier(node.successor)
          : this.carrier(node.code);
      if (!node.active) successorOf.set(node.id, successor);
      // An abolished root (or a unit abolished under a split without a rule): its children would
      // become roots and its obligations go nowhere. A split without a rule is named by task and user.
      if (!successor && this.ending.has(node.code) && !this.splitOf.has(node.code))
        this.conflict(
          'noSuccessor',
          this.ending.get(node.code)!,
          msg('reorganisation.noSuccessor', { code: node.code }),
          [node.code],
        );
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
    return { units, successorOf };
  }
}
