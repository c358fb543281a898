import { msg, type FieldProblem, type Text } from '../errors';
import { UNIT_CODE, UNIT_KINDS, type UnitKind } from '../unit';

/**
 * A reorganisation plan (docs/decisions/0077-reorganisation-plans.md): operations on the
 * unit tree named by unit codes, read from JSON or from CSV (plan-csv.ts). Parsing only
 * checks shapes; what the codes name is checked against the tree by planReorganisation.
 */

/** A unit the plan creates: the successor of a merge or a part of a split. */
export interface NewUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** Code of its parent; a merge's new unit defaults to its first predecessor's parent. */
  parentCode: string | null;
}

/** A successor: an existing unit (its code) or one the plan creates. */
export type Successor = { code: string } | { create: NewUnit };

export type Operation =
  | { op: 'merge'; from: string[]; into: Successor }
  | {
      op: 'split';
      from: string;
      into: Successor[];
      /** The successor of each open task, by task id. */
      tasks: Record<string, string>;
      /** The rule: every open task (and user) not named goes to this successor. */
      otherwise: string | null;
    }
  | { op: 'move'; unit: string; parent: string }
  | { op: 'abolishLevel'; units: string[] }
  | { op: 'rename'; unit: string; name: string }
  | { op: 'moveUsers'; users: string[]; to: string };

export interface ReorganisationPlan {
  operations: Operation[];
}

export const OPERATION_KINDS = ['merge', 'split', 'move', 'abolishLevel', 'rename', 'moveUsers'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const upperCode = (code: string) => code.trim().toUpperCase();

/** Reads fields of one operation, recording each problem under its path ("operations[2].from"). */
class Reader {
  constructor(
    readonly at: string,
    private readonly item: Record<string, unknown>,
    private readonly problems: FieldProblem[],
  ) {}
  fail(field: string, message: Text) {
    this.problems.push({ field: `${this.at}.${field}`, message });
  }
  code(field: string, value = this.item[field]): string {
    if (typeof value !== 'string' || !UNIT_CODE.test(value.trim())) {
      this.fail(field, msg('reorganisation.unitCodeExpected'));
      return '';
    }
    return upperCode(value);
  }
  codes(field: string, min: number): string[] {
    const value = this.item[field];
    if (!Array.isArray(value) || value.length < min) {
      this.fail(field, msg('reorganisation.codesExpected', { min }));
      return [];
    }
    return value.map((entry, index) => this.code(`${field}[${index}]`, entry));
  }
  text(field: string, value = this.item[field]): string {
    if (typeof value !== 'string' || !value.trim() || value.length > 500) {
      this.fail(field, msg('reorganisation.nameExpected'));
      return '';
    }
    return value.trim().replace(/\s+/g, ' ');
  }
  successor(field: string, value: unknown): Successor {
    if (typeof value === 'string') return { code: this.code(field, value) };
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(field, msg('reorganisation.successorExpected'));
      return { code: '' };
    }
    const unit = value as Record<string, unknown>;
    if (unit.kind === undefined && unit.name === undefined) return { code: this.code(`${field}.code`, unit.code) };
    const kind = unit.kind;
    if (typeof kind !== 'string' || !(UNIT_KINDS as readonly string[]).includes(kind))
      this.fail(`${field}.kind`, msg('unitImport.mustBeOneOf', { UNIT_KINDS: UNIT_KINDS.join(', ') }));
    const parent = unit.parentCode;
    return {
      create: {
        code: this.code(`${field}.code`, unit.code),
        name: this.text(`${field}.name`, unit.name),
        kind: kind as UnitKind,
        parentCode:
          parent === undefined || parent === null || parent === '' ? null : this.code(`${field}.parentCode`, parent),
      },
    };
  }
}

/** A plan from a JSON body: `{ operations: [...] }`. Problems name the field; any problem, no plan. */
export function parsePlan(body: unknown): { plan: ReorganisationPlan | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const operations = (body as { operations?: unknown } | null)?.operations;
  if (!Array.isArray(operations) || operations.length === 0 || operations.length > 5000) {
    return { plan: null, problems: [{ field: 'operations', message: msg('reorganisation.operationsExpected') }] };
  }
  const parsed = operations.map((item, index) => parseOperation(item, `operations[${index}]`, problems));
  return problems.length ? { plan: null, problems } : { plan: { operations: parsed as Operation[] }, problems };
}

function parseOperation(item: unknown, at: string, problems: FieldProblem[]): Operation | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    problems.push({ field: at, message: msg('reorganisation.operationExpected') });
    return null;
  }
  const fields = item as Record<string, unknown>;
  const r = new Reader(at, fields, problems);
  switch (fields.op) {
    case 'merge':
      return { op: 'merge', from: r.codes('from', 2), into: r.successor('into', fields.into) };
    case 'split': {
      const into = Array.isArray(fields.into) && fields.into.length >= 2 ? fields.into : null;
      if (!into) r.fail('into', msg('reorganisation.codesExpected', { min: 2 }));
      const tasks: Record<string, string> = {};
      const given = fields.tasks ?? {};
      if (typeof given !== 'object' || Array.isArray(given) || given === null)
        r.fail('tasks', msg('reorganisation.taskMapExpected'));
      else
        for (const [taskId, code] of Object.entries(given)) {
          if (!UUID.test(taskId)) r.fail(`tasks.${taskId}`, msg('reorganisation.taskIdExpected'));
          else tasks[taskId.toLowerCase()] = r.code(`tasks.${taskId}`, code);
        }
      const otherwise = fields.otherwise === undefined || fields.otherwise === null ? null : r.code('otherwise');
      return {
        op: 'split',
        from: r.code('from'),
        into: (into ?? []).map((entry, index) => r.successor(`into[${index}]`, entry)),
        tasks,
        otherwise,
      };
    }
    case 'move':
      return { op: 'move', unit: r.code('unit'), parent: r.code('parent') };
    case 'abolishLevel':
      return { op: 'abolishLevel', units: r.codes('units', 1) };
    case 'rename':
      return { op: 'rename', unit: r.code('unit'), name: r.text('name') };
    case 'moveUsers': {
      const users = fields.users;
      if (!Array.isArray(users) || users.length === 0 || users.some((u) => typeof u !== 'string' || !u.trim()))
        r.fail('users', msg('reorganisation.usernamesExpected'));
      return {
        op: 'moveUsers',
        users: Array.isArray(users) ? users.map((u) => String(u).trim().toLowerCase()) : [],
        to: r.code('to'),
      };
    }
    default:
      r.fail('op', msg('reorganisation.opMustBeOneOf', { kinds: OPERATION_KINDS.join(', ') }));
      return null;
  }
}

/** The code a successor names, whether it exists or is created. */
export const successorCode = (successor: Successor) => ('code' in successor ? successor.code : successor.create.code);

/** Every unit code a plan names (subjects, successors, parents, targets): what the caller reads. */
export function planCodes(plan: ReorganisationPlan): string[] {
  const codes = new Set<string>();
  const successor = (s: Successor) => {
    if ('code' in s) codes.add(s.code);
    else if (s.create.parentCode) codes.add(s.create.parentCode);
  };
  for (const op of plan.operations) {
    switch (op.op) {
      case 'merge':
        op.from.forEach((c) => codes.add(c));
        successor(op.into);
        break;
      case 'split':
        codes.add(op.from);
        op.into.forEach(successor);
        break;
      case 'move':
        codes.add(op.unit).add(op.parent);
        break;
      case 'abolishLevel':
        op.units.forEach((c) => codes.add(c));
        break;
      case 'rename':
        codes.add(op.unit);
        break;
      case 'moveUsers':
        codes.add(op.to);
        break;
    }
  }
  codes.delete('');
  return [...codes];
}

/** The usernames a plan moves by name. */
export const planUsernames = (plan: ReorganisationPlan): string[] => [
  ...new Set(plan.operations.flatMap((op) => (op.op === 'moveUsers' ? op.users : []))),
];

/** The units a plan splits (codes): their open tasks each need a successor. */
export const splitCodes = (plan: ReorganisationPlan): string[] =>
  plan.operations.flatMap((op) => (op.op === 'split' ? [op.from] : []));

/** The units a plan ends (codes): merged (not the one that absorbs), split, abolished. */
export const endingCodes = (plan: ReorganisationPlan): string[] =>
  plan.operations.flatMap((op) =>
    op.op === 'merge'
      ? op.from.filter((code) => code !== successorCode(op.into))
      : op.op === 'split'
        ? [op.from]
        : op.op === 'abolishLevel'
          ? op.units
          : [],
  );
