import { msg, type FieldProblem, type Text } from '../errors';
import { UNIT_CODE, UNIT_KINDS, type UnitKind } from '../unit';
import { upperCode, type NewUnit, type Operation, type ReorganisationPlan, type Successor } from './plan';

/**
 * A plan from CSV, for people: one line per change, under a header naming the columns
 * (any order): operation, unit, target, name, kind, parent, task, user. Lines of one merge
 * (same target), of one split (same unit) and of one user move (same target) are joined.
 *
 *   merge,DU-IAGRAI,DU-IAGRAI-MOI,Đảng ủy xã Ia Grai,commune,TU-GL   (name/kind: a new successor)
 *   split,DU-X,DU-Y            split,DU-X,DU-Z,,,,<task id>           (the task's successor; * : the rule)
 *   move,MTTQ-X,,,,DU-Y        abolish,MTTQ-X        rename,DU-Y,,Đảng ủy xã Y        user,,DU-Y,,,,,bithu.x
 *
 * The records come from the API's RFC 4180 reader (units.csv.ts), each with its first line.
 */
export const PLAN_CSV_COLUMNS = ['operation', 'unit', 'target', 'name', 'kind', 'parent', 'task', 'user'] as const;
type Column = (typeof PLAN_CSV_COLUMNS)[number];
const CSV_OPERATIONS = ['merge', 'split', 'move', 'abolish', 'rename', 'user'] as const;
const TASK_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\*)$/i;

export function planFromCsv(records: { line: number; fields: string[] }[]): {
  plan: ReorganisationPlan | null;
  problems: FieldProblem[];
} {
  const [header, ...rows] = records;
  if (!header) return { plan: null, problems: [{ field: 'body', message: msg('units.emptyCsv') }] };
  const names = header.fields.map((name) => name.trim());
  const missing = ['operation', 'unit', 'target'].filter((name) => !names.includes(name));
  if (missing.length)
    return {
      plan: null,
      problems: [{ field: `line ${header.line}`, message: msg('units.headerLacks', { missing: missing.join(', ') }) }],
    };
  if (rows.length === 0)
    return { plan: null, problems: [{ field: 'body', message: msg('reorganisation.operationsExpected') }] };
  const reader = new PlanCsvReader();
  for (const row of rows) reader.read(new CsvLine(names, row, reader.problems));
  return reader.plan();
}

/** One line's cells, read as a change's parts; what is wrong goes to `problems`, naming the line and column. */
class CsvLine {
  constructor(
    private readonly names: string[],
    private readonly row: { line: number; fields: string[] },
    private readonly problems: FieldProblem[],
  ) {}

  cell(column: Column): string {
    const index = this.names.indexOf(column);
    return index >= 0 ? (this.row.fields[index] ?? '').trim() : '';
  }

  fail(column: Column, why: Text): void {
    const line = this.row.line;
    this.problems.push({ field: `line ${line}: ${column}`, message: msg('units.lineCell', { line, column, why }) });
  }

  code(column: Column, required = true): string {
    const value = this.cell(column);
    if (!value && !required) return '';
    if (!UNIT_CODE.test(value)) {
      this.fail(column, msg(value ? 'reorganisation.unitCodeExpected' : 'unitImport.required'));
      return '';
    }
    return upperCode(value);
  }

  /** The target as a successor: an existing unit, or (with a name or kind) one to create. */
  successor(codeOf: string): Successor {
    if (!this.cell('name') && !this.cell('kind')) return { code: codeOf };
    const kind = this.cell('kind');
    if (!(UNIT_KINDS as readonly string[]).includes(kind))
      this.fail('kind', msg('unitImport.mustBeOneOf', { UNIT_KINDS: UNIT_KINDS.join(', ') }));
    if (!this.cell('name')) this.fail('name', msg('unitImport.required'));
    const unit: NewUnit = {
      code: codeOf,
      name: this.cell('name').replace(/\s+/g, ' '),
      kind: kind as UnitKind,
      parentCode: this.code('parent', false) || null,
    };
    return { create: unit };
  }
}

/** The lines joined into operations: one merge per target, one split per unit, one user move per target. */
class PlanCsvReader {
  readonly problems: FieldProblem[] = [];
  private readonly merges = new Map<string, { from: string[]; into: Successor }>();
  private readonly splits = new Map<
    string,
    { into: Map<string, Successor>; tasks: Record<string, string>; otherwise: string | null }
  >();
  private readonly userMoves = new Map<string, string[]>();
  private readonly abolished: string[] = [];
  /** Operations in the order their first line came, so the plan reads as the file does. */
  private readonly order: (() => Operation)[] = [];

  read(line: CsvLine): void {
    const operation = line.cell('operation').toLowerCase();
    switch (operation) {
      case 'merge':
        return this.merge(line);
      case 'split':
        return this.split(line);
      case 'move': {
        const it: Operation = { op: 'move', unit: line.code('unit'), parent: line.code('parent') };
        this.order.push(() => it);
        return;
      }
      case 'abolish':
        if (this.abolished.length === 0) this.order.push(() => ({ op: 'abolishLevel', units: this.abolished }));
        this.abolished.push(line.code('unit'));
        return;
      case 'rename': {
        const unit = line.code('unit');
        if (!line.cell('name')) line.fail('name', msg('unitImport.required'));
        const it: Operation = { op: 'rename', unit, name: line.cell('name').replace(/\s+/g, ' ') };
        this.order.push(() => it);
        return;
      }
      case 'user':
        return this.user(line);
      default:
        line.fail('operation', msg('reorganisation.opMustBeOneOf', { kinds: CSV_OPERATIONS.join(', ') }));
    }
  }

  private merge(line: CsvLine): void {
    const from = line.code('unit');
    const target = line.code('target');
    let merge = this.merges.get(target);
    if (!merge) {
      const it: { from: string[]; into: Successor } = { from: [], into: { code: target } };
      this.merges.set(target, it);
      this.order.push(() => ({ op: 'merge', from: it.from, into: it.into }));
      merge = it;
    }
    merge.from.push(from);
    const into = line.successor(target);
    if ('create' in into) merge.into = into;
  }

  private split(line: CsvLine): void {
    const from = line.code('unit');
    const target = line.code('target');
    let split = this.splits.get(from);
    if (!split) {
      const it = {
        into: new Map<string, Successor>(),
        tasks: {} as Record<string, string>,
        otherwise: null as string | null,
      };
      this.splits.set(from, it);
      this.order.push(() => ({
        op: 'split',
        from,
        into: [...it.into.values()],
        tasks: it.tasks,
        otherwise: it.otherwise,
      }));
      split = it;
    }
    const into = line.successor(target);
    if (!split.into.has(target) || 'create' in into) split.into.set(target, into);
    const task = line.cell('task');
    if (task && !TASK_ID.test(task)) line.fail('task', msg('reorganisation.taskIdExpected'));
    else if (task === '*') split.otherwise = target;
    else if (task) split.tasks[task.toLowerCase()] = target;
  }

  private user(line: CsvLine): void {
    const target = line.code('target');
    const user = line.cell('user').toLowerCase();
    if (!user) line.fail('user', msg('unitImport.required'));
    let users = this.userMoves.get(target);
    if (!users) {
      const it: string[] = [];
      this.userMoves.set(target, it);
      this.order.push(() => ({ op: 'moveUsers', users: it, to: target }));
      users = it;
    }
    users.push(user);
  }

  plan(): { plan: ReorganisationPlan | null; problems: FieldProblem[] } {
    for (const [target, merge] of this.merges)
      if (merge.from.length < 2 && 'code' in merge.into)
        this.problems.push({ field: 'body', message: msg('reorganisation.mergeNeedsTwo', { code: target }) });
    if (this.problems.length) return { plan: null, problems: this.problems };
    return { plan: { operations: this.order.map((make) => make()) }, problems: this.problems };
  }
}
