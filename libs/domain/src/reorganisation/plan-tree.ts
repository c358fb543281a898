import { msg, type Text } from '../errors';
import type { UnitKind } from '../unit';
import type { ConflictKind, PlanConflict, UnitChangeReason, World } from './model';
import { successorCode, type Operation, type ReorganisationPlan, type Successor } from './plan';

/** A unit of the tree in memory, by code: before the plan, and as the plan leaves it. */
export interface Node {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parent: string | null;
  active: boolean;
  created: boolean;
  successor: string | null;
}

export type SplitOperation = Extract<Operation, { op: 'split' }> & { at: string };

/**
 * Steps 1–3 of a plan's resolution (docs/decisions/0077): the units it creates, the codes it
 * names checked, its operations applied to the tree in memory. PlanResolver (resolve.ts) goes
 * on from there; the state is the two's.
 */
export abstract class PlanTree {
  protected readonly conflicts: PlanConflict[] = [];
  protected readonly byId: Map<string, World['units'][number]>;
  /** The tree before the plan, by code. */
  protected readonly before: Map<string, Node>;
  /** The tree as the plan leaves it, by code. */
  protected readonly nodes: Map<string, Node>;
  protected readonly reasons = new Map<string, Set<UnitChangeReason>>();
  /** Codes of the units the plan creates, with the field that creates each. */
  protected readonly created = new Map<string, string>();
  /** Each unit the subject of an operation, with its field; and those the plan ends. */
  protected readonly subjects = new Map<string, string>();
  protected readonly ending = new Map<string, string>();
  protected readonly splitOf = new Map<string, SplitOperation>();
  protected readonly userTo = new Map<string, { code: string; field: string }>();
  protected readonly inCycle = new Set<string>();
  protected readonly paths = new Map<string, string>();
  protected readonly codePaths = new Map<string, string>();
  protected readonly beforePaths = new Map<string, string>();

  constructor(
    protected readonly plan: ReorganisationPlan,
    protected readonly world: World,
    protected readonly newId: (code: string) => string,
  ) {
    this.byId = new Map(world.units.map((u) => [u.id, u]));
    this.before = new Map<string, Node>(
      world.units.map((u) => [
        u.code,
        {
          id: u.id,
          code: u.code,
          name: u.name,
          kind: u.kind,
          parent: u.parentId ? (this.byId.get(u.parentId)?.code ?? null) : null,
          active: u.active,
          created: false,
          successor: null,
        },
      ]),
    );
    this.nodes = new Map([...this.before].map(([code, node]) => [code, { ...node }]));
  }

  protected conflict(kind: ConflictKind, field: string, message: Text, subjects: string[]): void {
    this.conflicts.push({ kind, field, message, subjects });
  }

  protected mark(code: string, reason: UnitChangeReason): void {
    if (!this.reasons.has(code)) this.reasons.set(code, new Set());
    this.reasons.get(code)!.add(reason);
  }

  /** 1. Units the plan creates: codes not taken, each created once. */
  protected createUnits(): void {
    const createUnit = (successor: Successor, field: string, defaultParent: string | null) => {
      if ('code' in successor) return;
      const unit = successor.create;
      if (this.before.has(unit.code) || this.created.has(unit.code)) {
        this.conflict('codeTaken', `${field}.code`, msg('reorganisation.codeTaken', { code: unit.code }), [unit.code]);
        return;
      }
      this.created.set(unit.code, field);
      this.nodes.set(unit.code, {
        id: this.newId(unit.code),
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        parent: unit.parentCode ?? defaultParent,
        active: true,
        created: true,
        successor: null,
      });
      this.mark(unit.code, 'created');
    };
    this.plan.operations.forEach((op, i) => {
      const at = `operations[${i}]`;
      if (op.op === 'merge') createUnit(op.into, `${at}.into`, this.before.get(op.from[0] ?? '')?.parent ?? null);
      if (op.op === 'split') {
        const parent = this.before.get(op.from)?.parent ?? null;
        op.into.forEach((part, j) => createUnit(part, `${at}.into[${j}]`, parent));
      }
    });
  }

  /** Whether a code names a unit the plan creates or an active one (a conflict otherwise). */
  protected known(code: string, field: string): boolean {
    if (!code) return false;
    if (this.created.has(code)) return true;
    const node = this.before.get(code);
    if (!node) this.conflict('unknownUnit', field, msg('reorganisation.unknownUnit', { code }), [code]);
    else if (!node.active) this.conflict('inactiveUnit', field, msg('units.unitIsDeactivated', { code }), [code]);
    return !!node?.active;
  }

  /** A unit an operation changes: known, and the subject of that operation only. */
  protected subject(code: string, field: string, ends: boolean): void {
    if (!this.known(code, field)) return;
    const earlier = this.subjects.get(code);
    if (earlier) {
      this.conflict('twoOperations', field, msg('reorganisation.twoOperations', { code, field: earlier }), [code]);
      return;
    }
    this.subjects.set(code, field);
    if (ends) this.ending.set(code, field);
  }

  /**
   * 2. Every code named: known, active; each unit the subject of one operation only; no
   *    operation's target is a unit another operation ends.
   */
  protected checkNamedUnits(): void {
    const targets: { code: string; field: string }[] = [];
    const target = (code: string, field: string) => {
      if (this.known(code, field)) targets.push({ code, field });
    };
    const successorTarget = (successor: Successor, field: string) => {
      if ('code' in successor) target(successor.code, field);
      else if (successor.create.parentCode) target(successor.create.parentCode, `${field}.parentCode`);
    };
    this.plan.operations.forEach((op, i) => {
      const at = `operations[${i}]`;
      switch (op.op) {
        case 'merge':
          // "A absorbs B and C" may list A among the merged: it stays, the successor.
          op.from.forEach((code, j) => code !== successorCode(op.into) && this.subject(code, `${at}.from[${j}]`, true));
          if ('code' in op.into) target(op.into.code, `${at}.into`);
          else if (op.into.create.parentCode) target(op.into.create.parentCode, `${at}.into.parentCode`);
          break;
        case 'split':
          this.subject(op.from, `${at}.from`, true);
          op.into.forEach((part, j) => successorTarget(part, `${at}.into[${j}]`));
          break;
        case 'move':
          this.subject(op.unit, `${at}.unit`, false);
          target(op.parent, `${at}.parent`);
          break;
        case 'abolishLevel':
          op.units.forEach((code, j) => this.subject(code, `${at}.units[${j}]`, true));
          break;
        case 'rename':
          this.subject(op.unit, `${at}.unit`, false);
          break;
        case 'moveUsers':
          target(op.to, `${at}.to`);
          break;
      }
    });
    for (const { code, field } of targets) {
      const ends = this.ending.get(code);
      if (ends) this.conflict('twoOperations', field, msg('reorganisation.targetEnds', { code, field: ends }), [code]);
    }
  }

  /** 3. The operations, on the tree in memory. */
  protected applyOperations(): void {
    this.plan.operations.forEach((op, i) => {
      const at = `operations[${i}]`;
      switch (op.op) {
        case 'merge': {
          const into = successorCode(op.into);
          for (const code of op.from) if (code !== into) this.end(code, into, 'merged');
          break;
        }
        case 'split':
          this.splitOf.set(op.from, { ...op, at });
          // Its tasks go where the plan says, one by one; only the rule names a successor for the rest.
          this.end(op.from, op.otherwise, 'split');
          break;
        case 'move': {
          const node = this.nodes.get(op.unit);
          if (node && this.nodes.has(op.parent)) {
            node.parent = op.parent;
            this.mark(op.unit, 'moved');
          }
          break;
        }
        case 'abolishLevel':
          for (const code of op.units) this.end(code, this.before.get(code)?.parent ?? null, 'abolished');
          break;
        case 'rename': {
          const node = this.nodes.get(op.unit);
          if (node) {
            node.name = op.name;
            this.mark(op.unit, 'renamed');
          }
          break;
        }
        case 'moveUsers':
          for (const username of op.users) this.userTo.set(username, { code: op.to, field: `${at}.users` });
          break;
      }
    });
  }

  protected end(code: string, successor: string | null, reason: UnitChangeReason): void {
    const node = this.nodes.get(code);
    if (!node || !this.ending.has(code)) return;
    node.active = false;
    node.successor = successor;
    this.mark(code, reason);
  }
}
